using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Providers.GetProvider;

internal sealed class GetProviderQueryHandler(IProviderRepository providers) : IQueryHandler<GetProviderQuery, Versioned<ProviderResponse>>
{
    public async ValueTask<Versioned<ProviderResponse>> Handle(GetProviderQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(query.Id), cancellationToken);
        return new Versioned<ProviderResponse>(provider.Adapt<ProviderResponse>(Mappings.Config), provider.Version);
    }
}
