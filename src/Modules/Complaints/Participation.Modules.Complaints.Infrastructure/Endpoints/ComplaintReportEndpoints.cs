using Participation.BuildingBlocks.Domain.Reporting;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.Modules.Complaints.Application.Reports;
using Participation.Modules.Complaints.Application.Reports.GetComplaintsReport;

namespace Participation.Modules.Complaints.Infrastructure.Endpoints;

internal static class ComplaintReportEndpoints
{
    public const string Policy = "complaints-reports";

    public static void MapComplaintReports(this IEndpointRouteBuilder endpoints)
    {
        var reports = endpoints.MapGroup("/api/v1/complaints/reports")
            .WithTags("Complaints")
            .RequireAuthorization(Policy)
            .ProducesValidationProblem();

        reports.MapGet("/quarterly", Quarterly)
            .WithName("GetQuarterlyComplaintsReport")
            .WithSummary("The quarter's complaints report (year = the financial year's first year; quarter 1 = April to June); counts under 5 shown as \"<5\"");
        reports.MapGet("/annual", Annual)
            .WithName("GetAnnualComplaintsReport")
            .WithSummary("The financial year's complaints report (April to March); counts under 5 shown as \"<5\"");
    }

    private static async Task<Ok<ComplaintsReport>> Quarterly([ReportYear] int year, [Quarter] int quarter, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetComplaintsReportQuery(year, quarter), cancellationToken));

    private static async Task<Ok<ComplaintsReport>> Annual([ReportYear] int year, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetComplaintsReportQuery(year, null), cancellationToken));
}
