using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.GetServiceArea;

/// <summary>One service area with its version.</summary>
public sealed record GetServiceAreaQuery(Guid Id) : IQuery<Versioned<ServiceAreaResponse>>;
