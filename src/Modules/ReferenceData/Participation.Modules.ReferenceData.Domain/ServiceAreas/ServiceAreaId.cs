using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.ServiceAreas;

/// <summary>The id of a service area.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ServiceAreaId(Guid Value) : IStronglyTypedId;
