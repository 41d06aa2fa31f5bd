using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Forums.Application.Checks.FlagOverdueActions;

internal sealed class FlagOverdueActionsCommandHandler(IForumItemRepository items, IPlanActionRepository plan, TimeProvider clock)
    : ICommandHandler<FlagOverdueActionsCommand, OverdueFlagged>
{
    public async ValueTask<OverdueFlagged> Handle(FlagOverdueActionsCommand command, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var itemActions = (await items.WithActionsNewlyOverdueAsync(today, cancellationToken)).Sum(item => item.FlagOverdueActions(today));
        var planActions = (await plan.NewlyOverdueAsync(today, cancellationToken)).Count(action => action.FlagIfOverdue(today));
        return new OverdueFlagged(itemActions, planActions);
    }
}
