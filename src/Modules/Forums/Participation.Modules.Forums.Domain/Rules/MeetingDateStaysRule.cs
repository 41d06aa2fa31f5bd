using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>A meeting's date is not corrected: the loop's rules were applied against it (docs/domain/forums.md#meetings).</summary>
internal sealed class MeetingDateStaysRule(DateOnly heldOn, DateOnly corrected) : IBusinessRule
{
    public string Code => "forums.meetings.date-fixed";

    public string Message => $"The meeting was recorded as held on {heldOn:yyyy-MM-dd}; its date cannot be corrected. Record the meeting again on its right day.";

    public bool IsBroken() => corrected != heldOn;
}
