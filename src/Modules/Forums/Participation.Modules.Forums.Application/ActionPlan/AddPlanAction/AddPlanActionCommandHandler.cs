using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.ActionPlan;

namespace Participation.Modules.Forums.Application.ActionPlan.AddPlanAction;

internal sealed class AddPlanActionCommandHandler(IPlanActionRepository plan, TimeProvider clock) : ICommandHandler<AddPlanActionCommand, Guid>
{
    public ValueTask<Guid> Handle(AddPlanActionCommand command, CancellationToken cancellationToken)
    {
        var action = PlanAction.Add(PlanActionValidator.ToDetails(command), UkDates.Today(clock));
        plan.Add(action);
        return ValueTask.FromResult(action.Id.Value);
    }
}
