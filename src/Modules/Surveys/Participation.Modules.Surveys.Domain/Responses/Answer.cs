namespace Participation.Modules.Surveys.Domain.Responses;

/// <summary>
/// The answer to question <see cref="Question"/> (numbered from 1): a scale value as text, yes / partly / no, the
/// chosen option codes, or the words written.
/// </summary>
public sealed record Answer(int Question, IReadOnlyList<string> Values);
