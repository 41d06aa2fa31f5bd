using System.ComponentModel.DataAnnotations;
using System.Globalization;
using CsvHelper;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Documents;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Reviews.Application.Reports;
using Participation.Modules.Reviews.Application.Reports.GetReviewReport;
using Participation.Modules.Reviews.Application.Reports.GetSsda903Reviews;
using Participation.Modules.Reviews.Application.Reviews;
using Participation.Modules.Reviews.Application.Reviews.CorrectReview;
using Participation.Modules.Reviews.Application.Reviews.GetReview;
using Participation.Modules.Reviews.Application.Reviews.ListReviews;
using Participation.Modules.Reviews.Application.Reviews.RecordReview;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Infrastructure.Endpoints;

internal static class ReviewEndpoints
{
    public const string Path = "/api/v1/reviews";

    public static void MapReviews(this IEndpointRouteBuilder endpoints)
    {
        var reviews = endpoints.MapGroup(Path)
            .WithTags("Reviews")
            .RequireAuthorization(ReviewPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        reviews.MapGet("/", List).WithName("ListReviews").WithSummary("Reviews in the order recorded, of one kind or all (ParticipationOfficer, ReviewingOfficer, Manager)").AuditReads();
        reviews.MapGet("/{id:guid}", Get).WithName("GetReview").WithSummary("One review with the facts and the derived participation code, with its ETag").AuditReads().ReturnsETag();
        reviews.MapPost("/", Record)
            .WithName("RecordReview").WithSummary("Records a meeting and the facts of the child's participation; the PN code is derived, never sent (ParticipationOfficer, ReviewingOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ReviewPolicies.Record)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        reviews.MapPut("/{id:guid}", Correct)
            .WithName("CorrectReview").WithSummary("Corrects a review; the code is derived again; needs If-Match (ParticipationOfficer, ReviewingOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ReviewPolicies.Record)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        // Outside the group: its readers' policy would refuse the Analysts the reports are for.
        endpoints.MapGet($"{Path}/reports/quarterly", Quarterly)
            .WithTags("Reviews").WithName("GetQuarterlyReviewsReport")
            .WithSummary("A financial-year quarter of children's participation in their meetings: by kind, PN codes of looked-after reviews, preparation, advocacy, views, felt helped against the benchmark, timeliness; small numbers withheld")
            .RequireAuthorization(ReviewPolicies.Report)
            .ProducesValidationProblem();
        endpoints.MapGet($"{Path}/reports/annual", Annual)
            .WithTags("Reviews").WithName("GetAnnualReviewsReport")
            .WithSummary("The same figures over a financial year (1 April to 31 March)")
            .RequireAuthorization(ReviewPolicies.Report)
            .ProducesValidationProblem();
        endpoints.MapGet($"{Path}/ssda903", Ssda903)
            .WithTags("Reviews").WithName("GetSsda903ReviewsExtract")
            .WithSummary("The collection year's looked-after reviews as the DfE SSDA903 reviews file: CHILD,DOB,REVIEW,REVIEW_CODE, dates dd/mm/yyyy, CRLF; DOB left empty (Analyst, Manager; audited)")
            .RequireAuthorization(ReviewPolicies.Extract)
            .AuditReads()
            .Produces<string>(StatusCodes.Status200OK, Ssda903File.ContentType)
            .ProducesValidationProblem();
    }

    private static async Task<Ok<Page<ReviewResponse>>> List(
        ISender sender, CancellationToken cancellationToken, [MaxLength(TextLengths.EnumCode)] string? kind = null, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListReviewsQuery(QueryCodes.Parse<ReviewKind>(kind, nameof(kind)), pageSize, cursor), cancellationToken));

    private static async Task<Ok<ReviewResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetReviewQuery(id), response, cancellationToken));

    private static async Task<Created<ReviewResponse>> Record(
        ReviewRequest request, ISender sender, IServiceProvider services, HttpResponse response, CancellationToken cancellationToken)
    {
        // Two officers recording the child's review of the day at once: the loser is asked again and finds the winner's,
        // answering reviews.already-recorded as a later attempt would, not the index's bare conflict.
        var id = await sender.SendOnceMoreIfRacedAsync(
            new RecordReviewCommand(request.Kind, request.HeldOn, request.ChildReference, request.AgeInYears, request.ServiceArea, request.Chair, request.DueOn, request.Facts),
            services,
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetReviewQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ReviewResponse>> Correct(Guid id, ReviewRequest request, ISender sender, IServiceProvider services, HttpRequest http, CancellationToken cancellationToken)
    {
        // A correction moving a review onto a child's day while another officer records that child's review of the
        // day: asked again, the loser meets the rule (reviews.already-recorded), not the index's bare conflict.
        await sender.SendOnceMoreIfRacedAsync(
            new CorrectReviewCommand(id, http.RequiredIfMatch(), request.Kind, request.HeldOn, request.ChildReference, request.AgeInYears, request.ServiceArea, request.Chair, request.DueOn, request.Facts),
            services,
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetReviewQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ReviewReport>> Quarterly([ReportYear] int year, [Quarter] int quarter, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewReportQuery(year, quarter), cancellationToken));

    private static async Task<Ok<ReviewReport>> Annual([ReportYear] int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReviewReportQuery(year, Quarter: null), cancellationToken));

    private static async Task<FileContentHttpResult> Ssda903([ReportYear] int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.File(Ssda903File.Write(await sender.Send(new GetSsda903ReviewsQuery(year), cancellationToken)), Ssda903File.ContentType, $"ssda903-reviews-{year}-{(year + 1) % 100:00}.csv");
}

/// <summary>
/// The DfE SSDA903 reviews file: a header line, one line per looked-after review, dates as dd/mm/yyyy, CRLF line ends
/// (RFC 4180), UTF-8 without a byte order mark. DOB is left empty: this system holds the child's age, never a date of
/// birth (ADR 22); the council's return tooling fills it from the case-management system by CHILD.
/// </summary>
internal static class Ssda903File
{
    public const string ContentType = "text/csv";

    private static readonly string[] Header = ["CHILD", "DOB", "REVIEW", "REVIEW_CODE"];

    public static byte[] Write(IReadOnlyList<Ssda903Review> reviews)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvFiles.Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var review in reviews)
            {
                csv.WriteField(review.Child);
                csv.WriteField(string.Empty);
                csv.WriteField(review.Review.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                csv.WriteField(review.Code);
                csv.EndRecord();
            }
        }

        return buffer.ToArray();
    }
}

/// <summary>A meeting about a child's own life and the facts of how they took part.</summary>
/// <param name="Kind">looked-after-review | initial-child-protection-conference | review-child-protection-conference | child-in-need-review | personal-education-plan-meeting | pathway-plan-review.</param>
/// <param name="HeldOn">The day it was held (not after today).</param>
/// <param name="ChildReference">The case-management system's pseudonymous reference for the child (CHILD in SSDA903): letters and digits, with . _ / - after the first.</param>
/// <param name="AgeInYears">The child's age in whole years on the day of the meeting, 0 to 25 (17 at most for a looked-after review: care ends at 18): under 4 is PN0.</param>
/// <param name="ServiceArea">The service area (see /api/v1/reference-data/service-areas).</param>
/// <param name="Chair">Who chaired it, by role, e.g. independent reviewing officer.</param>
/// <param name="DueOn">The day it was due by, where a timescale applies (for timeliness).</param>
/// <param name="Facts">How the child took part. views: any of spoke-for-themselves, advocate-spoke (child present), symbolically, briefed-advocate (child absent), other-medium; or not-conveyed alone. feltHelped: yes | partly | no | not-asked.</param>
internal sealed record ReviewRequest(
    ReviewKind Kind,
    DateOnly HeldOn,
    [property: MaxLength(TextLengths.ExternalId)] string ChildReference,
    [property: Range(0, ReviewValidator.OldestAge)] int AgeInYears,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Name)] string Chair,
    DateOnly? DueOn,
    ReviewFacts Facts) : IHasExample<ReviewRequest>
{
    public static ReviewRequest Example => new(
        ReviewKind.LookedAfterReview, new DateOnly(2026, 11, 12), "LAC-004211", 14, "children-in-care", "Independent reviewing officer", new DateOnly(2026, 11, 20), ReviewExample.Facts);
}

/// <summary>A realistic set of facts for the OpenAPI examples: attended, an advocate spoke for her, she felt helped.</summary>
internal static class ReviewExample
{
    public static ReviewFacts Facts { get; } = new(true, true, true, null, true, true, true, [ViewsRoute.AdvocateSpoke], FeltHelped.Yes);
}
