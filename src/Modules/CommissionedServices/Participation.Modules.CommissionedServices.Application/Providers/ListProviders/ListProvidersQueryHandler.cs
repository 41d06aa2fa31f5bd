using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.CommissionedServices.Application.Providers.ListProviders;

internal sealed class ListProvidersQueryHandler(IProviderRepository providers) : IQueryHandler<ListProvidersQuery, Page<ProviderResponse>>
{
    public async ValueTask<Page<ProviderResponse>> Handle(ListProvidersQuery query, CancellationToken cancellationToken)
    {
        Paging.TryDecodeCursor(query.Cursor, out var afterName);
        var rows = await providers.ListAsync(query.IncludeDeactivated, afterName, query.PageSize + 1, cancellationToken);
        return Paging.ToPage(rows.Adapt<List<ProviderResponse>>(Mappings.Config), query.PageSize, provider => provider.Name);
    }
}
