using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Returns.ListReturns;

internal sealed class ListReturnsQueryHandler(IProviderRepository providers, IReturnRepository returns) : IQueryHandler<ListReturnsQuery, IReadOnlyList<ReturnResponse>>
{
    public async ValueTask<IReadOnlyList<ReturnResponse>> Handle(ListReturnsQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(query.ProviderId), cancellationToken);
        return [.. (await returns.ListAsync(provider.Id, cancellationToken)).Select(ReturnResponse.From)];
    }
}
