using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.ActionPlan;

/// <summary>The id of an action in the participation action plan.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct PlanActionId(Guid Value) : IStronglyTypedId;
