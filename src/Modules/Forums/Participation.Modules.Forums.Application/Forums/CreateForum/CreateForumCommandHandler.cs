using Mediator;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Forums.CreateForum;

internal sealed class CreateForumCommandHandler(IForumRepository forums) : ICommandHandler<CreateForumCommand, Guid>
{
    public ValueTask<Guid> Handle(CreateForumCommand command, CancellationToken cancellationToken)
    {
        var forum = Forum.Create(ForumDetailsValidator.ToDetails(command));
        forums.Add(forum);
        return ValueTask.FromResult(forum.Id.Value);
    }
}
