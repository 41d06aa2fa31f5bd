using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application.Partners.GetPartnerIdentity;

internal sealed class GetPartnerIdentityQueryHandler(IProviderRepository providers) : IQueryHandler<GetPartnerIdentityQuery, PartnerIdentityResponse>
{
    public async ValueTask<PartnerIdentityResponse> Handle(GetPartnerIdentityQuery query, CancellationToken cancellationToken)
    {
        var provider = await providers.GetAsync(new ProviderId(query.ProviderId), cancellationToken)
            ?? throw new NotFoundException("provider", query.ProviderId);
        return new PartnerIdentityResponse(provider.Id.Value, provider.Name, query.Scopes);
    }
}
