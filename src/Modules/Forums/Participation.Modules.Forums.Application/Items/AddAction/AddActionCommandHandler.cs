using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.AddAction;

internal sealed class AddActionCommandHandler(IForumItemRepository items) : ICommandHandler<AddActionCommand, Guid>
{
    public async ValueTask<Guid> Handle(AddActionCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        return item.AddAction(command.Description.Trim(), command.Owner.Trim(), command.DueOn).Id.Value;
    }
}
