using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.PrepareLetters;

/// <summary>
/// Writes the letters of closures waiting for one: postal ones into today's print batch, emailed ones recorded as
/// being sent; returns the closures to email now, and how many are still waiting for a closed-case survey to link to.
/// </summary>
public sealed record PrepareLettersCommand : ICommand<PreparedLetters>;

/// <summary>What a letters run has to do.</summary>
/// <param name="ToEmail">Closures whose emails are recorded as being sent, to send now.</param>
/// <param name="Posted">Letters put in today's print batch.</param>
/// <param name="WithoutSurvey">Closures left waiting: no published closed-case survey takes answers for their service area today.</param>
public sealed record PreparedLetters(IReadOnlyList<Guid> ToEmail, int Posted, int WithoutSurvey);
