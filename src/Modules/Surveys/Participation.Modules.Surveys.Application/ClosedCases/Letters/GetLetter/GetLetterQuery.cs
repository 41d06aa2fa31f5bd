using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.GetLetter;

/// <summary>The letter of a closure whose email is being sent; null if it no longer is (an officer or another run dealt with it, or the family opted out).</summary>
public sealed record GetLetterQuery(Guid Id) : IQuery<Letter?>;
