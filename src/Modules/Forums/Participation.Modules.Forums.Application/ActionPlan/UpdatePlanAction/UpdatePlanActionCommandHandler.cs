using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.ActionPlan;

namespace Participation.Modules.Forums.Application.ActionPlan.UpdatePlanAction;

internal sealed class UpdatePlanActionCommandHandler(IPlanActionRepository plan, TimeProvider clock) : ICommandHandler<UpdatePlanActionCommand>
{
    public async ValueTask<Unit> Handle(UpdatePlanActionCommand command, CancellationToken cancellationToken)
    {
        var action = await plan.LoadAsync(new PlanActionId(command.Id), command.ExpectedVersion, cancellationToken);
        action.Update(PlanActionValidator.ToDetails(command), UkDates.Today(clock));
        return Unit.Value;
    }
}
