using Mediator;
using Participation.Modules.Forums.Domain.Members;
using Participation.Modules.Forums.Domain.Forums;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Forums.Application.Members.LeaveForum;

internal sealed class LeaveForumCommandHandler(IMemberRepository members, TimeProvider clock) : ICommandHandler<LeaveForumCommand>
{
    public async ValueTask<Unit> Handle(LeaveForumCommand command, CancellationToken cancellationToken)
    {
        var member = await members.LoadOwnedAsync(new MemberId(command.Id), candidate => candidate.ForumId == new ForumId(command.ForumId), command.ExpectedVersion, cancellationToken);
        member.Leave(UkDates.Today(clock));
        return Unit.Value;
    }
}
