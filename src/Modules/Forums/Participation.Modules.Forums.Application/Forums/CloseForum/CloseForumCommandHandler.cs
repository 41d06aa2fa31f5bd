using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums.CloseForum;

internal sealed class CloseForumCommandHandler(IForumRepository forums, TimeProvider clock) : ICommandHandler<CloseForumCommand>
{
    public async ValueTask<Unit> Handle(CloseForumCommand command, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(command.Id), command.ExpectedVersion, cancellationToken);
        forum.Close(UkDates.Today(clock));
        return Unit.Value;
    }
}
