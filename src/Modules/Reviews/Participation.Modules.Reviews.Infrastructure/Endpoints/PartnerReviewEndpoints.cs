using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Reviews.Application.Reviews;
using Participation.Modules.Reviews.Application.Reviews.GetPartnerReview;
using Participation.Modules.Reviews.Application.Reviews.PostPartnerReview;

namespace Participation.Modules.Reviews.Infrastructure.Endpoints;

/// <summary>The case-management system records reviews under its own meeting ids, and reads back only its own.</summary>
internal static class PartnerReviewEndpoints
{
    public const string Path = "/api/v1/partner/reviews";

    public static void MapPartnerReviews(this IEndpointRouteBuilder endpoints)
    {
        var partner = endpoints.MapGroup(Path)
            .WithTags("Partner")
            .RequirePartner()
            .RequirePartnerScope(PartnerScopes.ReviewsWrite)
            .AuditsRecord("meetingId")
            .ProducesValidationProblem();
        partner.MapPut("/{meetingId}", Put)
            .WithName("PutPartnerReview")
            .WithSummary("Records a meeting under the system's own id (201), or replaces its facts (200): the same again changes nothing; the code is derived (scope reviews:write)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        partner.MapGet("/{meetingId}", Get)
            .WithName("GetPartnerReview").WithSummary("One of this system's reviews with its derived code; another system's is 404 (scope reviews:write)")
            .AuditReads()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Created<ReviewResponse>, Ok<ReviewResponse>>> Put(
        [MaxLength(TextLengths.ExternalId)] string meetingId, ReviewRequest request, ClaimsPrincipal partner, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Two PUTs of one meeting at once: the loser is sent again in a fresh unit of work and finds the winner's record.
        var receipt = await sender.SendOnceMoreIfRacedAsync(
            new PostPartnerReviewCommand(
                partner.PartnerId(), meetingId, request.Kind, request.HeldOn, request.ChildReference, request.AgeInYears, request.ServiceArea, request.Chair, request.DueOn, request.Facts),
            services,
            cancellationToken);
        var review = await sender.Send(new GetPartnerReviewQuery(partner.PartnerId(), meetingId), cancellationToken);
        return receipt.Created ? TypedResults.Created($"{Path}/{Uri.EscapeDataString(meetingId)}", review) : TypedResults.Ok(review);
    }

    private static async Task<Ok<ReviewResponse>> Get([MaxLength(TextLengths.ExternalId)] string meetingId, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetPartnerReviewQuery(partner.PartnerId(), meetingId), cancellationToken));
}
