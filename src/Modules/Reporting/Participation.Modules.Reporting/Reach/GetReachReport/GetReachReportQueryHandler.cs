using Mediator;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Reach.GetReachReport;

internal sealed class GetReachReportQueryHandler(ReportingDbContext reporting) : IQueryHandler<GetReachReportQuery, ReachReport>
{
    public async ValueTask<ReachReport> Handle(GetReachReportQuery query, CancellationToken cancellationToken)
    {
        var period = ReportPeriod.FinancialYear(query.Year);
        var populations = await reporting.Populations.AsNoTracking().Where(row => row.Year == query.Year).ToDictionaryAsync(row => row.Cohort, cancellationToken);
        var voices = await reporting.Database
            .SqlQuery<CohortVoices>($"SELECT c.cohort AS cohort, count(*)::int AS voices FROM reporting.voices AS v CROSS JOIN LATERAL unnest(v.cohorts) AS c(cohort) WHERE v.given_on BETWEEN {period.From} AND {period.To} GROUP BY c.cohort")
            .ToDictionaryAsync(row => row.Cohort, row => row.Voices, cancellationToken);

        return new ReachReport(
            period,
            [.. populations.Keys.Union(voices.Keys).Order(StringComparer.Ordinal).Select(cohort => Reach(cohort, populations.GetValueOrDefault(cohort), voices.GetValueOrDefault(cohort)))]);
    }

    /// <summary>
    /// A rate is a share of the population (docs/domain/reporting.md#reach): withheld with a withheld count, and as any
    /// percentage, over fewer than 5.
    /// </summary>
    private static CohortReach Reach(string cohort, CohortPopulation? population, int voices) => new(
        cohort,
        population is null ? null : SmallNumbers.Count(population.Count),
        population?.AsAt,
        SmallNumbers.Count(voices),
        population is null ? null
            : SmallNumbers.IsSmall(voices) ? new PercentageFigure(null, Suppression.Small)
            : SmallNumbers.Percentage(voices, population.Count));

    private sealed record CohortVoices(string Cohort, int Voices);
}
