using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.ServiceAreas;

/// <summary>A service area was taken out of use.</summary>
public sealed record ServiceAreaRetiredDomainEvent(ServiceAreaId ServiceAreaId, string Code, DateTimeOffset OccurredOn) : IDomainEvent;
