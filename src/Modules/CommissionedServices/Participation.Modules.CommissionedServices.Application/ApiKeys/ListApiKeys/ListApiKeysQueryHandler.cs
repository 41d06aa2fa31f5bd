using Participation.BuildingBlocks.Application.Persistence;
using Mapster;
using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IProviderRepository providers) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(query.ProviderId), cancellationToken);
        return provider.ApiKeys.OrderByDescending(key => key.CreatedOn).Take(ListApiKeysQuery.MaxKeys).Adapt<List<ApiKeyResponse>>(Mappings.Config);
    }
}
