using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>A meeting or an activity is recorded once it took place: who came and what was said are facts, not plans.</summary>
/// <param name="records">What is recorded, plural, as in the rule's code: meetings, activities.</param>
/// <param name="heldOn">The day it took place.</param>
/// <param name="today">Today.</param>
internal sealed class HeldNotPlannedRule(string records, DateOnly heldOn, DateOnly today) : IBusinessRule
{
    public string Code => $"forums.{records}.not-held-yet";

    public string Message => $"The date {heldOn:yyyy-MM-dd} is after today: record it once it has taken place.";

    public bool IsBroken() => heldOn > today;
}
