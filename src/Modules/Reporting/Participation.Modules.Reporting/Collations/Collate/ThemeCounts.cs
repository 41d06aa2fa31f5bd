using System.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reporting.Voices;

namespace Participation.Modules.Reporting.Collations.Collate;

/// <summary>
/// The counts a collation is made of, counted by PostgreSQL over the 18 months it covers (the same half a year
/// earlier, the half before and the half itself are consecutive). Sub-themes are rolled up to their top-level theme
/// and each voice counted once per top-level theme, however many of its sub-themes it carries.
/// </summary>
internal sealed class ThemeCounts
{
    private const string InPeriods =
        """
        SELECT v.id, v.themes, v.cohorts, v.service_area, v.themes_confirmed, v.given_on, v.quote,
               CASE WHEN v.given_on >= @current THEN 0 WHEN v.given_on >= @previous THEN 1 ELSE 2 END AS period
        FROM reporting.voices AS v
        WHERE v.given_on BETWEEN @first AND @last
        """;

    private static readonly string Tagged = TaggedVoices.With(InPeriods, "v.id, v.period, v.service_area, v.cohorts, v.given_on, v.quote");

    /// <summary>
    /// Each top-level theme's latest distinct quotes of the half, at most as many as a collated theme shows, the latest
    /// first: a half-year may hold tens of thousands of quotes and only a few are wanted.
    /// </summary>
    private static readonly string LatestQuotes =
        $"""
        {Tagged}
        SELECT theme, quote FROM (
            SELECT theme, quote, given_on, id, row_number() OVER (PARTITION BY theme ORDER BY given_on DESC, id) AS position
            FROM (SELECT DISTINCT ON (theme, quote) theme, quote, given_on, id FROM tagged
                  WHERE period = 0 AND quote IS NOT NULL ORDER BY theme, quote, given_on DESC, id) AS latest) AS ranked
        WHERE position <= {CollatedTheme.MaxQuotes}
        ORDER BY theme, position
        """;

    /// <summary>Voices, and voices with confirmed themes, per period (0 the half, 1 the half before, 2 a year earlier).</summary>
    public IReadOnlyList<(int Period, int Voices, int Confirmed)> Totals { get; private init; } = [];

    /// <summary>Voices per period and top-level theme.</summary>
    public IReadOnlyList<(int Period, string Theme, int Voices)> ByTheme { get; private init; } = [];

    /// <summary>The half's voices per top-level theme and service area.</summary>
    public IReadOnlyList<(string Theme, string ServiceArea, int Voices)> ByServiceArea { get; private init; } = [];

    /// <summary>The half's voices per top-level theme and cohort.</summary>
    public IReadOnlyList<(string Theme, string Cohort, int Voices)> ByCohort { get; private init; } = [];

    /// <summary>The half's latest distinct quotes per top-level theme, the latest given first.</summary>
    public IReadOnlyList<(string Theme, string Quote)> Quotes { get; private init; } = [];

    public static async Task<ThemeCounts> CountAsync(ReportingDbContext reporting, HalfYear half, IReadOnlyList<TaxonomyTheme> taxonomy, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)reporting.Database.GetDbConnection();
        // One snapshot for all four counts, so a voice arriving meanwhile is in all of them or none.
        await using var snapshot = await reporting.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        NpgsqlParameter[] Parameters() =>
        [
            new("current", half.From), new("previous", half.Previous.From), new("first", half.YearEarlier.From), new("last", half.To),
            .. TaggedVoices.Parameters(taxonomy),
        ];

        return new ThemeCounts
        {
            Totals = await SqlRows.ReadAsync(connection, $"SELECT period, count(*)::int, count(*) FILTER (WHERE themes_confirmed)::int FROM ({InPeriods}) AS v GROUP BY period", Parameters(), row => (row.GetInt32(0), row.GetInt32(1), row.GetInt32(2)), cancellationToken),
            ByTheme = await SqlRows.ReadAsync(connection, $"{Tagged} SELECT period, theme, count(*)::int FROM tagged GROUP BY period, theme", Parameters(), row => (row.GetInt32(0), row.GetString(1), row.GetInt32(2)), cancellationToken),
            ByServiceArea = await SqlRows.ReadAsync(connection, $"{Tagged} SELECT theme, service_area, count(*)::int FROM tagged WHERE period = 0 GROUP BY theme, service_area", Parameters(), row => (row.GetString(0), row.GetString(1), row.GetInt32(2)), cancellationToken),
            Quotes = await SqlRows.ReadAsync(connection, LatestQuotes, Parameters(), row => (row.GetString(0), row.GetString(1)), cancellationToken),
            ByCohort = await SqlRows.ReadAsync(connection, $"{Tagged} SELECT theme, c.cohort, count(*)::int FROM tagged CROSS JOIN LATERAL unnest(tagged.cohorts) AS c(cohort) WHERE period = 0 GROUP BY theme, c.cohort", Parameters(), row => (row.GetString(0), row.GetString(1), row.GetInt32(2)), cancellationToken),
        };
    }
}
