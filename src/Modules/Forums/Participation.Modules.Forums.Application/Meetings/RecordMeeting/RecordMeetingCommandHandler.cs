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
        var meeting = Meeting.Record(
            forum,
            new MeetingDetails(command.HeldOn, command.Attendance, [.. command.DecisionMakers.Select(maker => new DecisionMaker(maker.Role.Trim(), maker.Name.Trim()))], command.HartRung, command.Lundy),
            UkDates.Today(clock));
        meetings.Add(meeting);
        return meeting.Id.Value;
    }
}
