using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>
/// An activity whose findings were raised as items keeps its day and its forum: the items follow that forum's loop
/// from that day (docs/domain/forums.md#involvement-beyond-meetings), as a meeting's items do from its date.
/// </summary>
internal sealed class ActivityWithFindingsStaysRule(bool findingsRaised, DateOnly heldOn, ForumId? forum, DateOnly correctedHeldOn, ForumId? correctedForum) : IBusinessRule
{
    public string Code => "forums.activities.findings-raised";

    public string Message => "Findings of this activity were raised as items of its forum from its day; its date and forum cannot be corrected. Record the activity again.";

    public bool IsBroken() => findingsRaised && (correctedHeldOn != heldOn || correctedForum != forum);
}
