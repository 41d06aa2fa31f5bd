using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Returns;
using Participation.Modules.CommissionedServices.Application.Returns.GetReturn;
using Participation.Modules.CommissionedServices.Application.Returns.GetReturnsReport;
using Participation.Modules.CommissionedServices.Application.Returns.ListReturns;
using Participation.Modules.CommissionedServices.Application.Returns.OpenReturn;
using Participation.Modules.CommissionedServices.Application.Returns.ReviewReturn;
using Participation.Modules.CommissionedServices.Application.Returns.SubmitReturn;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Infrastructure.Endpoints;

/// <summary>Participation returns (docs/domain/participation-returns.md): opened for a period, submitted by the provider's system or an officer, reviewed by a commissioner.</summary>
internal static class ReturnEndpoints
{
    public const string Path = "/api/v1/providers/{providerId:guid}/returns";
    public const string PartnerPath = "/api/v1/partner/returns";

    /// <summary>
    /// A submission: the largest valid return holds about 650,000 characters of text (a hundred "you said, we did"
    /// rows of two statements, a hundred activities with their Lundy evidence), some 4 MB when a client escapes every
    /// character as <c>\uXXXX</c>, as JSON writers do outside ASCII by default; twice that.
    /// </summary>
    private const long SubmissionBodyLimit = 8 * 1024 * 1024;

    /// <summary>Reading returns: ParticipationOfficer, Manager.</summary>
    public const string ReadPolicy = "returns-read";

    /// <summary>Opening returns and submitting on a provider's behalf: ParticipationOfficer.</summary>
    public const string OfficerPolicy = "returns-officer";

    /// <summary>The returns report: ParticipationOfficer, Manager, Analyst.</summary>
    public const string ReportPolicy = "returns-report";

    /// <summary>Accepting or returning a return: Manager (the commissioner).</summary>
    public const string CommissionerPolicy = "returns-commissioner";

    public static void MapReturns(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapGroup(Path)
            .WithTags("Participation returns")
            .RequireAuthorization(ReadPolicy)
            .AuditsRecord("returnId")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        staff.MapGet("/", List).WithName("ListProviderReturns").WithSummary("A provider's returns, latest period first (ParticipationOfficer, Manager)").AuditsRecord("providerId").ReturnsAtMost(ReturnLimits.Listed);
        staff.MapGet("/{returnId:guid}", Get).WithName("GetProviderReturn").WithSummary("One return with every submission and review, with its ETag").ReturnsETag();
        staff.MapPost("/", Open)
            .WithName("OpenProviderReturn").WithSummary("Opens a provider's return for a period, due the configured number of working days after it ends (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(OfficerPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        staff.MapPost("/{returnId:guid}/submissions", SubmitForProvider)
            .WithName("SubmitProviderReturn").WithSummary("Submits the return on the provider's behalf; needs If-Match (ParticipationOfficer)")
            .WithDescription($"Body limit {SubmissionBodyLimit} bytes.")
            .AcceptsBodyUpTo(SubmissionBodyLimit)
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(OfficerPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict);
        staff.MapPost("/{returnId:guid}/reviews", Review)
            .WithName("ReviewProviderReturn").WithSummary("Accepts the latest submission or returns it with comments, rating each principle; the rules' flags are recorded with it; needs If-Match (Manager)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(CommissionerPolicy)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        endpoints.MapGet("/api/v1/providers/reports/returns", Report)
            .WithTags("Participation returns")
            .WithName("GetReturnsReport")
            .WithSummary("One period's returns across providers: on time, late, missing; principle scores and their trend; Hart rungs; Lundy coverage; participants by cohort, under 5 withheld (ParticipationOfficer, Manager, Analyst)")
            .RequireAuthorization(ReportPolicy)
            .ProducesValidationProblem();

        var partner = endpoints.MapGroup(PartnerPath)
            .WithTags("Partner")
            .RequirePartner()
            .RequirePartnerScope(PartnerScopes.ReturnsWrite)
            .AuditsRecord("returnId")
            .ProducesValidationProblem();
        partner.MapGet("/", ListForPartner).WithName("ListPartnerReturns").WithSummary("This provider's returns, latest period first (scope returns:write)").ReturnsAtMost(ReturnLimits.Listed);
        partner.MapGet("/{returnId:guid}", GetForPartner)
            .WithName("GetPartnerReturn").WithSummary("One of this provider's returns; another provider's is 404 (scope returns:write)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        partner.MapPost("/{returnId:guid}/submissions", SubmitFromPartner)
            .WithName("SubmitPartnerReturn").WithSummary("Submits the return: while open, or again once returned; a submission never changes (scope returns:write)")
            .WithDescription($"Body limit {SubmissionBodyLimit} bytes.")
            .AcceptsBodyUpTo(SubmissionBodyLimit)
            .WithIdempotencyKey(required: false)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<IReadOnlyList<ReturnResponse>>> List(Guid providerId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListReturnsQuery(providerId), cancellationToken));

    private static async Task<Ok<ReturnResponse>> Get(Guid providerId, Guid returnId, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetReturnQuery(providerId, returnId), response, cancellationToken));

    private static async Task<Created<ReturnResponse>> Open(Guid providerId, OpenReturnRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new OpenReturnCommand(providerId, request.Year, request.Period), cancellationToken);
        return TypedResults.Created($"/api/v1/providers/{providerId}/returns/{id}", await sender.SendVersioned(new GetReturnQuery(providerId, id), response, cancellationToken));
    }

    private static async Task<Ok<ReturnResponse>> SubmitForProvider(Guid providerId, Guid returnId, ReturnContent request, ISender sender, ICurrentUser user, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(SubmitReturnCommand.Of(providerId, returnId, http.RequiredIfMatch(), request, user.Id!), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetReturnQuery(providerId, returnId), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ReturnResponse>> Review(Guid providerId, Guid returnId, ReturnReviewRequest request, ISender sender, ICurrentUser user, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new ReviewReturnCommand(providerId, returnId, http.RequiredIfMatch(), request.Decision, request.Ratings, request.Comments, user.Id!), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetReturnQuery(providerId, returnId), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ReturnsReport>> Report([ReportYear] int year, [MaxLength(2), RegularExpression(ReturnSchedule.PeriodCodePattern)] string period, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReturnsReportQuery(year, period), cancellationToken));

    private static async Task<Ok<IReadOnlyList<ReturnResponse>>> ListForPartner(ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<ReturnResponse>>([.. (await sender.Send(new ListReturnsQuery(partner.PartnerId()), cancellationToken)).Select(found => found.AsSeenByProvider())]);

    private static async Task<Ok<ReturnResponse>> GetForPartner(Guid returnId, ClaimsPrincipal partner, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok((await sender.Send(new GetReturnQuery(partner.PartnerId(), returnId), cancellationToken)).Value.AsSeenByProvider());

    private static async Task<Ok<ReturnResponse>> SubmitFromPartner(Guid returnId, ReturnContent request, ClaimsPrincipal partner, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Two submissions at once: the loser is sent again in a fresh unit of work and meets the winner's (409).
        await sender.SendOnceMoreIfRacedAsync(SubmitReturnCommand.Of(partner.PartnerId(), returnId, expectedVersion: null, request, ReturnSubmission.ByProviderSystem), services, cancellationToken);
        return TypedResults.Ok((await sender.Send(new GetReturnQuery(partner.PartnerId(), returnId), cancellationToken)).Value.AsSeenByProvider());
    }
}

/// <summary>The period a return is opened for.</summary>
/// <param name="Year">The financial year it falls in, by the year it starts (2026 for 2026-27).</param>
/// <param name="Period">q1 | q2 | q3 | q4 for a quarterly contract, h1 | h2 for a six-monthly one.</param>
internal sealed record OpenReturnRequest([property: Range(ReportPeriod.FirstYear, ReportPeriod.LastYear)] int Year, [property: MaxLength(2), RegularExpression(ReturnSchedule.PeriodCodePattern)] string Period) : IHasExample<OpenReturnRequest>
{
    public static OpenReturnRequest Example => new(2026, "q1");
}

/// <summary>A commissioner's review of the latest submission.</summary>
/// <param name="Decision">accept | return.</param>
/// <param name="Ratings">A red, amber or green rating for each of the seven principles, with a note.</param>
/// <param name="Comments">The commissioner's comments; required to return it.</param>
internal sealed record ReturnReviewRequest(ReviewDecision Decision, [property: MaxLength(7)] IReadOnlyList<PrincipleRating> Ratings, [property: MaxLength(2000)] string? Comments) : IHasExample<ReturnReviewRequest>
{
    public static ReturnReviewRequest Example => new(
        ReviewDecision.Return,
        [.. Enum.GetValues<Principle>().Select(principle => new PrincipleRating(principle, principle == Principle.Accountable ? Rag.Amber : Rag.Green, null))],
        "Please say what changed because of the summer consultation.");
}
