using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Meetings.CorrectMeeting;

internal sealed class CorrectMeetingCommandHandler(IMeetingRepository meetings, TimeProvider clock) : ICommandHandler<CorrectMeetingCommand>
{
    public async ValueTask<Unit> Handle(CorrectMeetingCommand command, CancellationToken cancellationToken)
    {
        var meeting = await meetings.LoadOwnedAsync(new MeetingId(command.Id), candidate => candidate.ForumId == new ForumId(command.ForumId), command.ExpectedVersion, cancellationToken);
        meeting.Correct(command.ToDetails(), UkDates.Today(clock));
        return Unit.Value;
    }
}
