using Participation.BuildingBlocks.Application.Persistence;
using Mediator;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Partners.GetPartnerIdentity;

internal sealed class GetPartnerIdentityQueryHandler(IProviderRepository providers) : IQueryHandler<GetPartnerIdentityQuery, PartnerIdentityResponse>
{
    public async ValueTask<PartnerIdentityResponse> Handle(GetPartnerIdentityQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.LoadAsync(new ProviderId(query.ProviderId), cancellationToken);
        return new PartnerIdentityResponse(provider.Id.Value, provider.Name, query.Scopes);
    }
}
