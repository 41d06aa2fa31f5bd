using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetLetter;

/// <summary>The letter of a closure whose email is being sent.</summary>
public sealed record GetLetterQuery(Guid Id) : IQuery<Letter>;
