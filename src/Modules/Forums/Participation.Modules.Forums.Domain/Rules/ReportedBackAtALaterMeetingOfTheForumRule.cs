using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>
/// "We did" is told to the people who said it: at a meeting of the same forum, held after the day the item was raised
/// (docs/domain/forums.md#closing-the-loop).
/// </summary>
internal sealed class ReportedBackAtALaterMeetingOfTheForumRule(ForumId forumId, DateOnly raisedOn, Meeting meeting) : IBusinessRule
{
    public string Code => "forums.items.report-back-at-a-later-meeting";

    public string Message => meeting.ForumId != forumId
        ? "The meeting is another forum's: report the response back to the forum that raised the item."
        : $"The meeting on {meeting.HeldOn:yyyy-MM-dd} is not after the item was raised on {raisedOn:yyyy-MM-dd}: report back at a later meeting.";

    public bool IsBroken() => meeting.ForumId != forumId || meeting.HeldOn <= raisedOn;
}
