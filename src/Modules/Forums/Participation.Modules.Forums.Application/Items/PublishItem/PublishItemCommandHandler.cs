using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.PublishItem;

internal sealed class PublishItemCommandHandler(IForumItemRepository items, IMemberRepository members, TimeProvider clock) : ICommandHandler<PublishItemCommand>
{
    public async ValueTask<Unit> Handle(PublishItemCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        item.Publish(command.Said.Trim(), command.Did.Trim(), [.. await members.NamesAsync(item.ForumId, cancellationToken)], clock.GetUtcNow());
        return Unit.Value;
    }
}
