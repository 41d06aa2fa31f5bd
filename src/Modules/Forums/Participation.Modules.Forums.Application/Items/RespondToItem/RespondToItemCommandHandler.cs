using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.RespondToItem;

internal sealed class RespondToItemCommandHandler(IForumItemRepository items, TimeProvider clock) : ICommandHandler<RespondToItemCommand>
{
    public async ValueTask<Unit> Handle(RespondToItemCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        item.Respond(command.WeDid.Trim(), command.Outcome, UkDates.Today(clock));
        return Unit.Value;
    }
}
