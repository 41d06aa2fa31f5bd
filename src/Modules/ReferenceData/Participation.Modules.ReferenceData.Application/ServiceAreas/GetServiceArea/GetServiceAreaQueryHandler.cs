using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.GetServiceArea;

internal sealed class GetServiceAreaQueryHandler(IServiceAreaRepository serviceAreas) : IQueryHandler<GetServiceAreaQuery, Versioned<ServiceAreaResponse>>
{
    public async ValueTask<Versioned<ServiceAreaResponse>> Handle(GetServiceAreaQuery query, CancellationToken cancellationToken)
    {
        var serviceArea = await serviceAreas.LoadAsync(new ServiceAreaId(query.Id), cancellationToken);
        return new Versioned<ServiceAreaResponse>(serviceArea.Adapt<ServiceAreaResponse>(Mappings.Config), serviceArea.Version);
    }
}
