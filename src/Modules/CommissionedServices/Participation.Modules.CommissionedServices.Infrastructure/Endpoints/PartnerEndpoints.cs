using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.Modules.CommissionedServices.Application.Partners.GetPartnerIdentity;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Partners;

namespace Participation.Modules.CommissionedServices.Infrastructure.Endpoints;

/// <summary>Routes partner systems call with their <c>X-Api-Key</c>.</summary>
internal static class PartnerEndpoints
{
    public static void MapPartner(this IEndpointRouteBuilder endpoints)
    {
        var partner = endpoints.MapGroup("/api/v1/partner")
            .WithTags("Partner")
            .RequirePartner()
            .AuditsRecord("id")
            .ProducesValidationProblem();

        partner.MapGet("/identity", Identity)
            .WithName("GetPartnerIdentity")
            .WithSummary("The provider this key speaks for and its scopes: a partner's check that its set-up works");

        partner.MapPartnerFeedback();
    }

    private static async Task<Ok<PartnerIdentityResponse>> Identity(ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(
            new GetPartnerIdentityQuery(partner.PartnerId(), partner.PartnerScopes()),
            cancellationToken));
}
