using System.Data;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reporting.Voices;

namespace Participation.Modules.Reporting.Quarterly.GetQuarterlyReport;

internal sealed class GetQuarterlyReportQueryHandler(ReportingDbContext reporting, ISender sender) : IQueryHandler<GetQuarterlyReportQuery, QuarterlyReport>
{
    private const string InQuarter = "SELECT v.id, v.source, v.service_area, v.audience, v.cohorts, v.themes, v.outcome FROM reporting.voices AS v WHERE v.given_on BETWEEN @from AND @to";

    /// <summary>Every breakdown in one statement: (dimension, key, voices).</summary>
    private const string Breakdowns =
        $"""
        WITH q AS ({InQuarter})
        SELECT 'source', source, count(*)::int FROM q GROUP BY source
        UNION ALL SELECT 'service-area', service_area, count(*)::int FROM q GROUP BY service_area
        UNION ALL SELECT 'audience', audience, count(*)::int FROM q GROUP BY audience
        UNION ALL SELECT 'cohort', c.cohort, count(*)::int FROM q CROSS JOIN LATERAL unnest(q.cohorts) AS c(cohort) GROUP BY c.cohort
        UNION ALL SELECT 'complaint-outcome', coalesce(outcome, 'none-yet'), count(*)::int FROM q WHERE source = '{VoiceSources.Complaint}' GROUP BY 2
        """;

    private static readonly string ByTheme = $"{TaggedVoices.With(InQuarter, "v.id")} SELECT theme, count(*)::int FROM tagged GROUP BY theme";

    public async ValueTask<QuarterlyReport> Handle(GetQuarterlyReportQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.Quarter(query.Year, query.Quarter);
        var taxonomy = await sender.Send(new GetThemeTaxonomyQuery(), cancellationToken);
        var connection = (NpgsqlConnection)reporting.Database.GetDbConnection();
        // One snapshot, so the breakdowns and the themes count the same voices.
        await using var snapshot = await reporting.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        NpgsqlParameter[] Parameters() => [new("from", period.From), new("to", period.To), .. TaggedVoices.Parameters(taxonomy)];
        var cells = await SqlRows.ReadAsync(connection, Breakdowns, Parameters(), row => (Dimension: row.GetString(0), Key: row.GetString(1), Voices: row.GetInt32(2)), cancellationToken);
        var themes = await SqlRows.ReadAsync(connection, ByTheme, Parameters(), row => (Theme: row.GetString(0), Voices: row.GetInt32(1)), cancellationToken);
        var answered = await reporting.YouSaidWeDid.AsNoTracking()
            .Where(entry => entry.AnsweredOn >= period.From && entry.AnsweredOn <= period.To)
            .OrderBy(entry => entry.AnsweredOn).ThenBy(entry => entry.Id)
            .Take(QuarterlyReport.MaxThemes)
            .Select(entry => new YouSaidWeDid(entry.ServiceArea, entry.Said, entry.Did))
            .ToListAsync(cancellationToken);

        IEnumerable<KeyValuePair<string, int>> Cells(string dimension) =>
            cells.Where(cell => cell.Dimension == dimension).Select(cell => KeyValuePair.Create(cell.Key, cell.Voices));

        var bySource = SmallNumbers.Breakdown(Cells("source"));
        // The outcomes break the complaints' cell down; where that cell is withheld they would add up to it.
        var complaintOutcomes = bySource.TryGetValue(VoiceSources.Complaint, out var complaints) && complaints.Suppressed is not null
            ? SmallNumbers.WithheldWithItsTotal(Cells("complaint-outcome"))
            : SmallNumbers.Breakdown(Cells("complaint-outcome"));
        return new QuarterlyReport(
            period,
            SmallNumbers.Count(Cells("source").Sum(cell => cell.Value)),
            bySource,
            SmallNumbers.Breakdown(Cells("service-area")),
            SmallNumbers.Breakdown(Cells("audience")),
            SmallNumbers.EachOnItsOwn(Cells("cohort")),
            [.. themes.OrderByDescending(theme => theme.Voices).ThenBy(theme => theme.Theme, StringComparer.Ordinal).Select(theme => new ThemeFigure(theme.Theme, SmallNumbers.Count(theme.Voices)))],
            complaintOutcomes,
            answered);
    }
}
