using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.ListServiceAreas;

internal sealed class ListServiceAreasQueryHandler(IServiceAreaRepository serviceAreas) : IQueryHandler<ListServiceAreasQuery, Page<ServiceAreaResponse>>
{
    public async ValueTask<Page<ServiceAreaResponse>> Handle(ListServiceAreasQuery query, CancellationToken cancellationToken)
    {
        Paging.TryDecodeCursor(query.Cursor, out var afterCode);
        var rows = await serviceAreas.ListAsync(query.IncludeRetired, afterCode, query.PageSize + 1, cancellationToken);
        return Paging.ToPage(rows.Adapt<List<ServiceAreaResponse>>(Mappings.Config), query.PageSize, area => area.Code);
    }
}
