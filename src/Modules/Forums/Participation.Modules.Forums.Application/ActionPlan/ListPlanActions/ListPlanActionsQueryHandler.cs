using Mediator;

namespace Participation.Modules.Forums.Application.ActionPlan.ListPlanActions;

internal sealed class ListPlanActionsQueryHandler(IPlanActionRepository plan) : IQueryHandler<ListPlanActionsQuery, IReadOnlyList<PlanActionResponse>>
{
    public async ValueTask<IReadOnlyList<PlanActionResponse>> Handle(ListPlanActionsQuery query, CancellationToken cancellationToken) =>
        [.. (await plan.ListAsync(query.OverdueOnly, cancellationToken)).Take(ListLimits.AtMost).Select(PlanActionResponse.From)];
}
