using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.CorrectMeeting;

internal sealed class CorrectMeetingCommandHandler(IMeetingRepository meetings, TimeProvider clock) : ICommandHandler<CorrectMeetingCommand>
{
    public async ValueTask<Unit> Handle(CorrectMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await meetings.LoadAsync(new MeetingId(command.Id), cancellationToken);
        if (meeting.ForumId != new ForumId(command.ForumId))
        {
            throw new NotFoundException("meeting", command.Id);
        }

        ExpectedVersion.Ensure(meeting, command.ExpectedVersion, "meeting");
        meeting.Correct(command.ToDetails(), UkDates.Today(clock));
        return Unit.Value;
    }
}
