using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Forums.Application.Members.LeaveForum;

internal sealed class LeaveForumCommandHandler(IMemberRepository members, TimeProvider clock) : ICommandHandler<LeaveForumCommand>
{
    public async ValueTask<Unit> Handle(LeaveForumCommand command, CancellationToken cancellationToken)
    {
        var member = await members.LoadAsync(command.ForumId, command.Id, command.ExpectedVersion, cancellationToken);
        member.Leave(UkDates.Today(clock));
        return Unit.Value;
    }
}
