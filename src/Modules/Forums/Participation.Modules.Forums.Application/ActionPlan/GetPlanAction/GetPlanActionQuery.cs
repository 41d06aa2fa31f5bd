using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.ActionPlan.GetPlanAction;

/// <summary>One plan row, versioned.</summary>
public sealed record GetPlanActionQuery(Guid Id) : IQuery<Versioned<PlanActionResponse>>;
