namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// A meeting or an activity is recorded once it took place: who came, what was said and how a child took part are
/// facts, not plans.
/// </summary>
/// <param name="code">The module's stable code for the rule, e.g. <c>forums.meetings.not-held-yet</c>.</param>
/// <param name="heldOn">The day it took place.</param>
/// <param name="today">Today.</param>
public sealed class HeldNotPlannedRule(string code, DateOnly heldOn, DateOnly today) : IBusinessRule
{
    /// <inheritdoc />
    public string Code => code;

    /// <inheritdoc />
    public string Message => $"The date {heldOn:yyyy-MM-dd} is after today: record it once it has taken place.";

    /// <inheritdoc />
    public bool IsBroken() => heldOn > today;
}
