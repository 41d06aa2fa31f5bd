using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>Identifies a trigger rule.</summary>
public readonly record struct TriggerRuleId(Guid Value) : IStronglyTypedId;
