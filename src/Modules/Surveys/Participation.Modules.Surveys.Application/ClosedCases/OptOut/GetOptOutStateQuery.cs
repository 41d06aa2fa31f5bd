using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>Whether the family whose letter carries this link has opted out (the day), or not yet (null); 404 for a link that is no letter's.</summary>
public sealed record GetOptOutStateQuery(string Token) : IQuery<OptOutState>;

/// <summary>Where a family's opt-out stands.</summary>
/// <param name="OptedOutOn">The day it took effect, or null while the family may still be contacted.</param>
public sealed record OptOutState(DateOnly? OptedOutOn);
