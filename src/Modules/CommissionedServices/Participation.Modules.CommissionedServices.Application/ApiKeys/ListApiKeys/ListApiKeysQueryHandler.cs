using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.ApiKeys.ListApiKeys;

internal sealed class ListApiKeysQueryHandler(IProviderRepository providers) : IQueryHandler<ListApiKeysQuery, IReadOnlyList<ApiKeyResponse>>
{
    public async ValueTask<IReadOnlyList<ApiKeyResponse>> Handle(ListApiKeysQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.GetAsync(new ProviderId(query.ProviderId), cancellationToken)
            ?? throw new NotFoundException("provider", query.ProviderId);
        return provider.ApiKeys.OrderByDescending(key => key.CreatedOn).Adapt<List<ApiKeyResponse>>(Mappings.Config);
    }
}
