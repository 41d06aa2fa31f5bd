using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Domain.Items;

/// <summary>Where an item was raised: a forum's meeting, or an activity a forum ran (a young inspectors' visit).</summary>
/// <param name="ForumId">The forum whose loop the item follows.</param>
/// <param name="MeetingId">The meeting, when raised at one.</param>
/// <param name="ActivityId">The activity, when raised at one.</param>
/// <param name="On">The day.</param>
public sealed record RaisedAt(ForumId ForumId, MeetingId? MeetingId, InvolvementActivityId? ActivityId, DateOnly On)
{
    /// <summary>Raised at a meeting.</summary>
    public static RaisedAt Meeting(Meeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        return new RaisedAt(meeting.ForumId, meeting.Id, null, meeting.HeldOn);
    }

    /// <summary>A finding of an activity a forum ran.</summary>
    public static RaisedAt Activity(InvolvementActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new RaisedAt(activity.RunByForum(), null, activity.Id, activity.HeldOn);
    }
}
