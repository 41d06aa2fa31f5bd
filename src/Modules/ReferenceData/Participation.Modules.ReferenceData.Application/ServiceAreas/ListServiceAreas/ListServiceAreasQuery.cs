using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.ListServiceAreas;

/// <summary>Service areas in code order, a page at a time.</summary>
public sealed record ListServiceAreasQuery(bool IncludeRetired, int PageSize, string? Cursor) : IQuery<Page<ServiceAreaResponse>>;
