using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.Reporting.Quarterly;
using Participation.Modules.Reporting.Quarterly.GetQuarterlyReport;
using Participation.Modules.Reporting.Reach;
using Participation.Modules.Reporting.Reach.GetReachReport;
using Participation.Modules.Reporting.Reach.RecordPopulation;
using Participation.Modules.Reporting.Voices.ExtractVoices;

namespace Participation.Modules.Reporting.Endpoints;

internal static class ReportEndpoints
{
    /// <summary>Who may pull de-identified row-level extracts: analysts, managers and administrators.</summary>
    public const string ExtractPolicy = "reports-extracts";

    /// <summary>Who reviews the themes suggested for voices: participation officers.</summary>
    public const string ReviewPolicy = "reports-review";

    /// <summary>Who may read aggregate, suppressed reports: participation officers, analysts, managers and administrators.</summary>
    public const string ReadPolicy = "reports-read";

    public static void MapReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/v1/reports")
            .WithTags("Reporting")
            .ProducesValidationProblem();

        reports.MapGet("/voices/extract", Extract)
            .RequireAuthorization(ExtractPolicy)
            .Produces<string>(StatusCodes.Status200OK, VoiceExtract.Csv, VoiceExtract.NdJson)
            .WithName("ExtractVoices")
            .WithSummary("Every voice matching the filters, de-identified, streamed as CSV (text/csv) or NDJSON (Accept: application/x-ndjson); audited (Analyst, Manager, Administrator)");
        reports.MapGet("/quarterly", Quarterly)
            .RequireAuthorization(ReadPolicy)
            .WithName("GetQuarterlyOutcomesReport")
            .WithSummary("A financial-year quarter's voices by source, service area, audience, cohort and theme, and complaints' outcomes (year = the financial year's first year; quarter 1 = April to June); counts under 5 withheld");
        reports.MapGet("/reach", Reach)
            .RequireAuthorization(ReadPolicy)
            .WithName("GetReachReport")
            .WithSummary("Voices per priority cohort against its recorded population in a financial year (year = its first year); counts under 5 withheld");
        reports.MapPut("/populations/{year:int}", RecordPopulation)
            .RequireAuthorization(Policies.Administrators)
            .WithName("RecordCohortPopulation")
            .WithSummary("Records or corrects a priority cohort's population for a financial year, e.g. looked-after children at 31 March (Administrator)");
        reports.MapThemeCollations();
        reports.MapVoiceReview();
    }

    private static async Task<Ok<QuarterlyReport>> Quarterly([ReportYear] int year, [Quarter] int quarter, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetQuarterlyReportQuery(year, quarter), cancellationToken));

    private static async Task<Ok<ReachReport>> Reach([ReportYear] int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetReachReportQuery(year), cancellationToken));

    private static async Task<NoContent> RecordPopulation([ReportYear] int year, PopulationRequest request, ISender sender, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Two first recordings of one cohort's year at once: the loser is asked again and corrects the winner's row.
        await sender.SendOnceMoreIfRacedAsync(new RecordPopulationCommand(year, request.Cohort, request.Count, request.AsAt), services, cancellationToken);
        return TypedResults.NoContent();
    }

    private static IResult Extract(
        ISender sender,
        HttpRequest request,
        CancellationToken cancellationToken,
        DateOnly? from = null,
        DateOnly? to = null,
        [MaxLength(TextLengths.Code)] string? source = null,
        [MaxLength(TextLengths.Code)] string? serviceArea = null,
        [MaxLength(TextLengths.Code)] string? theme = null)
    {
        var ndjson = Accepts(request, VoiceExtract.NdJson);
        return new VoiceExtract(sender.CreateStream(new ExtractVoicesQuery(from, to, source, serviceArea, theme), cancellationToken), ndjson);
    }

    /// <summary>Whether the client's Accept header names <paramref name="mediaType"/>: how a report is asked for as a file.</summary>
    public static bool Accepts(HttpRequest request, string mediaType) =>
        request.GetTypedHeaders().Accept.Any(accept => accept.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase));
}

/// <summary>A priority cohort's population.</summary>
/// <param name="Cohort">The cohort (see /api/v1/reference-data/priority-cohorts).</param>
/// <param name="Count">How many it held, 0 to 10,000,000.</param>
/// <param name="AsAt">The day it was counted: in the financial year, or the 31 March before it.</param>
internal sealed record PopulationRequest(PriorityCohort Cohort, [property: Range(0, RecordPopulationCommandValidator.LargestCount)] int Count, DateOnly AsAt) : IHasExample<PopulationRequest>
{
    public static PopulationRequest Example => new(PriorityCohort.LookedAfterChildren, 412, new DateOnly(2026, 3, 31));
}
