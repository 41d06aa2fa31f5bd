using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums.UpdateForum;

internal sealed class UpdateForumCommandHandler(IForumRepository forums) : ICommandHandler<UpdateForumCommand>
{
    public async ValueTask<Unit> Handle(UpdateForumCommand command, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(command.Id), command.ExpectedVersion, cancellationToken);
        forum.Update(ForumDetailsValidator.ToDetails(command));
        return Unit.Value;
    }
}
