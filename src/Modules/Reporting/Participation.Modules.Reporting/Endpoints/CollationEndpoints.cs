using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.Reporting.Collations;
using Participation.Modules.Reporting.Collations.GetCollation;
using Participation.Modules.Reporting.Collations.ListCollations;
using Participation.Modules.Reporting.Collations.Pdf;
using Participation.Modules.Reporting.Collations.RequestCollation;

namespace Participation.Modules.Reporting.Endpoints;

internal static class CollationEndpoints
{
    private const string Path = "/theme-collations";
    private const string Csv = "text/csv";
    private const string Pdf = "application/pdf";

    public static void MapThemeCollations(this RouteGroupBuilder reports)
    {
        reports.MapGet(Path, List)
            .RequireAuthorization(ReportEndpoints.ReadPolicy)
            .WithName("ListThemeCollations").WithSummary("The six-monthly theme collations, in the order produced (ParticipationOfficer, Analyst, Manager, Administrator)");
        reports.MapGet($"{Path}/{{id:guid}}", Get)
            .RequireAuthorization(ReportEndpoints.ReadPolicy)
            .Produces<ThemeCollationReport>(StatusCodes.Status200OK)
            .AlsoServedAs(Csv, Pdf)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetThemeCollation").WithSummary("One collation: JSON, CSV (Accept: text/csv) or PDF with charts (Accept: application/pdf); counts under 5 withheld");
        reports.MapGet($"{Path}/half-years/{{halfYear}}", GetForHalfYear)
            .RequireAuthorization(ReportEndpoints.ReadPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("GetThemeCollationForHalfYear").WithSummary("The collation of a half-year such as 2026-H1, once produced; 404 until then");
        reports.MapPost(Path, Request)
            .RequireAuthorization(Policies.Administrators)
            .Produces<ThemeCollationReport>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status202Accepted)
            .WithName("RequestThemeCollation").WithSummary("Collates a past half-year: the stored collation if there is one (200), else 202 with the URL it will be at (Administrator)");
    }

    private static async Task<Ok<Page<ThemeCollationSummary>>> List(ISender sender, CancellationToken cancellationToken, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListThemeCollationsQuery(pageSize, cursor), cancellationToken));

    private static async Task<IResult> Get(Guid id, ISender sender, HttpRequest request, CancellationToken cancellationToken)
    {
        var report = await sender.Send(new GetThemeCollationQuery(id, null), cancellationToken);
        var fileName = $"theme-collation-{report.HalfYear}";
        if (ReportEndpoints.Accepts(request, Csv))
        {
            return TypedResults.File(CollationCsv.Write(report), $"{Csv}; charset=utf-8; header=present", $"{fileName}.csv");
        }

        if (ReportEndpoints.Accepts(request, Pdf))
        {
            return TypedResults.File(CollationPdf.Write(report), Pdf, $"{fileName}.pdf");
        }

        return TypedResults.Ok(report);
    }

    private static async Task<Ok<ThemeCollationReport>> GetForHalfYear([MaxLength(HalfYear.LabelLength)] string halfYear, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetThemeCollationQuery(null, halfYear), cancellationToken));

    private static async Task<IResult> Request(CollationRequest request, ISender sender, CancellationToken cancellationToken)
    {
        var existing = await sender.Send(new RequestThemeCollationCommand(request.HalfYear), cancellationToken);
        return existing is { } id
            ? TypedResults.Ok(await sender.Send(new GetThemeCollationQuery(id, null), cancellationToken))
            : TypedResults.Accepted($"/api/v1/reports{Path}/half-years/{request.HalfYear}");
    }
}

/// <summary>A half-year to collate.</summary>
/// <param name="HalfYear">e.g. <c>2026-H1</c>; it must have ended.</param>
internal sealed record CollationRequest([property: MaxLength(HalfYear.LabelLength)] string HalfYear) : IHasExample<CollationRequest>
{
    public static CollationRequest Example => new("2026-H1");
}
