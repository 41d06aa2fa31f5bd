using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.WithdrawItem;

internal sealed class WithdrawItemCommandHandler(IForumItemRepository items) : ICommandHandler<WithdrawItemCommand>
{
    public async ValueTask<Unit> Handle(WithdrawItemCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        item.Withdraw();
        return Unit.Value;
    }
}
