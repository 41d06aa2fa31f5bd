using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.RecordMeeting;

internal sealed class RecordMeetingCommandHandler(IForumRepository forums, IMeetingRepository meetings, TimeProvider clock) : ICommandHandler<RecordMeetingCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordMeetingCommand command, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(command.ForumId), cancellationToken);
        var meeting = Meeting.Record(forum, command.ToDetails(), UkDates.Today(clock));
        meetings.Add(meeting);
        return meeting.Id.Value;
    }
}
