using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.ActionPlan;

namespace Participation.Modules.Forums.Application.ActionPlan.GetPlanAction;

internal sealed class GetPlanActionQueryHandler(IPlanActionRepository plan) : IQueryHandler<GetPlanActionQuery, Versioned<PlanActionResponse>>
{
    public async ValueTask<Versioned<PlanActionResponse>> Handle(GetPlanActionQuery query, CancellationToken cancellationToken)
    {
        var action = await plan.LoadAsync(new PlanActionId(query.Id), cancellationToken);
        return new Versioned<PlanActionResponse>(PlanActionResponse.From(action), action.Version);
    }
}
