using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.UpdateAction;

internal sealed class UpdateActionCommandHandler(IForumItemRepository items, TimeProvider clock) : ICommandHandler<UpdateActionCommand>
{
    public async ValueTask<Unit> Handle(UpdateActionCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        return item.UpdateAction(new ItemActionId(command.ActionId), command.Owner.Trim(), command.DueOn, command.Status, UkDates.Today(clock))
            ? Unit.Value
            : throw new NotFoundException("action", command.ActionId);
    }
}
