using Mediator;

namespace Participation.Modules.Forums.Application.ActionPlan.ListPlanActions;

/// <summary>The plan in due-date order; only overdue rows when asked.</summary>
public sealed record ListPlanActionsQuery(bool OverdueOnly) : IQuery<IReadOnlyList<PlanActionResponse>>;
