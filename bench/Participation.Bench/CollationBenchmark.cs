using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

/// <summary>
/// The six-monthly theme collation: the real job, queued through the API and run by the host's Hangfire server,
/// timed by Hangfire's own record of how long it performed (queue latency excluded), against the same counts written
/// by hand as SQL over the same voices and run through Npgsql in the same run.
/// </summary>
internal static class CollationBenchmark
{
    private const string HalfYear = "2026-H1";

    /// <summary>The hand-written roll-up: every voice's themes mapped to their top-level theme straight from the taxonomy table.</summary>
    private const string Tagged =
        """
        WITH top_level AS (
            SELECT t.code, coalesce(p.code, t.code) AS theme
            FROM reference_data.themes AS t LEFT JOIN reference_data.themes AS p ON p.id = t.parent_id),
        voices AS (
            SELECT id, themes, cohorts, service_area, themes_confirmed, given_on, quote,
                   CASE WHEN given_on >= DATE '2026-01-01' THEN 0 WHEN given_on >= DATE '2025-07-01' THEN 1 ELSE 2 END AS period
            FROM reporting.voices WHERE given_on BETWEEN DATE '2025-01-01' AND DATE '2026-06-30'),
        tagged AS (
            SELECT DISTINCT v.id, v.period, v.service_area, v.cohorts, v.given_on, v.quote, coalesce(m.theme, t.theme) AS theme
            FROM voices AS v CROSS JOIN LATERAL unnest(v.themes) AS t(theme) LEFT JOIN top_level AS m ON m.code = t.theme)
        """;

    private static readonly string[] HandWritten =
    [
        $"{Tagged} SELECT period, count(*), count(*) FILTER (WHERE themes_confirmed) FROM voices GROUP BY period",
        $"{Tagged} SELECT period, theme, count(*) FROM tagged GROUP BY period, theme",
        $"{Tagged} SELECT theme, service_area, count(*) FROM tagged WHERE period = 0 GROUP BY theme, service_area",
        $"{Tagged} SELECT theme, c.cohort, count(*) FROM tagged CROSS JOIN LATERAL unnest(cohorts) AS c(cohort) WHERE period = 0 GROUP BY theme, c.cohort",
        $"""
        {Tagged}
        SELECT theme, quote FROM (
            SELECT theme, quote, row_number() OVER (PARTITION BY theme ORDER BY given_on DESC, id) AS position
            FROM (SELECT DISTINCT ON (theme, quote) theme, quote, given_on, id FROM tagged
                  WHERE period = 0 AND quote IS NOT NULL ORDER BY theme, quote, given_on DESC, id) AS latest) AS ranked
        WHERE position <= 3
        """,
    ];

    public static async Task RunAsync(IReadOnlyDictionary<string, int> options)
    {
        var voices = options.GetValueOrDefault("voices", 1_000_000);
        var warmupRounds = options.GetValueOrDefault("warmup", 1);
        var rounds = options.GetValueOrDefault("rounds", 3);

        await using var bench = await BenchHost.StartAsync(runJobs: true);
        await FillAsync(bench, voices);

        var jobTimes = new List<double>();
        var sqlTimes = new List<double>();
        for (var round = 1 - warmupRounds; round <= rounds; round++)
        {
            var job = await JobSecondsAsync(bench);
            var sql = await HandWrittenSecondsAsync(bench.ConnectionString);
            Console.WriteLine($"{(round <= 0 ? "warm-up" : $"round {round}")}: job {job:0.000} s, hand-written SQL {sql:0.000} s");
            if (round > 0)
            {
                jobTimes.Add(job);
                sqlTimes.Add(sql);
            }
        }

        var jobMedian = Statistics.Median(jobTimes);
        var sqlMedian = Statistics.Median(sqlTimes);
        Console.WriteLine();
        Console.WriteLine($"cores: {Environment.ProcessorCount}; medians of {rounds} rounds after {warmupRounds} warm-up");
        Console.WriteLine("| measure | job | hand-written SQL | ratio | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| collation of {HalfYear}, {voices:N0} voices over two half-years | {jobMedian:0.000} s | {sqlMedian:0.000} s | {jobMedian / sqlMedian:0.00}× | at most 2× |"));
    }

    /// <summary>
    /// Voices over 2025-H2 and 2026-H1 tagged with the seeded taxonomy's themes and sub-themes, across its service
    /// areas and the priority cohorts, one in twenty with one of forty quotes.
    /// </summary>
    private static async Task FillAsync(BenchHost bench, int total)
    {
        await bench.ExecuteAsync(
            $"""
            WITH codes AS (SELECT array_agg(code ORDER BY code) AS themes FROM reference_data.themes),
                 areas AS (SELECT array_agg(code ORDER BY code) AS areas FROM reference_data.service_areas)
            INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, quote, recorded_at)
            SELECT gen_random_uuid(), (ARRAY['partner-feedback', 'complaint', 'compliment'])[1 + n % 3], DATE '2025-07-01' + (n % 365)::int,
                   areas[1 + n % cardinality(areas)], 'child-or-young-person',
                   CASE n % 3 WHEN 0 THEN ARRAY['looked-after-children'] WHEN 1 THEN ARRAY['send', 'young-carers'] ELSE ARRAY[]::text[] END,
                   'app', ARRAY[themes[1 + n % cardinality(themes)], themes[1 + (n / 7) % cardinality(themes)]], n % 2 = 0,
                   1 + n % 5, NULL, NULL, CASE WHEN n % 20 = 0 THEN 'What a young person said, number ' || n % 40 END, now()
            FROM generate_series(1, {total}) AS n, codes, areas
            """);
        await bench.ExecuteAsync("VACUUM ANALYZE reporting.voices");
    }

    /// <summary>Queues the collation through the API and returns how long Hangfire recorded the job performing.</summary>
    private static async Task<double> JobSecondsAsync(BenchHost bench)
    {
        // The stored report would be returned as it is: each round collates afresh.
        await bench.ExecuteAsync("DELETE FROM reporting.theme_collations");
        await using var connection = new NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        var before = await ScalarAsync<long>(connection, "SELECT coalesce(max(id), 0) FROM hangfire.job");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reports/theme-collations") { Content = JsonContent.Create(new { halfYear = HalfYear }) };
        request.Headers.Authorization = new("Bearer", bench.Token("Administrator"));
        using var response = await bench.Http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Requesting the collation answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromMinutes(10))
        {
            await using var command = new NpgsqlCommand(
                // The outbox's recurring jobs run beside it.
                """
                SELECT s.data::text FROM hangfire.job AS j JOIN hangfire.state AS s ON s.jobid = j.id AND s.name = j.statename
                WHERE j.id > @before AND j.statename IN ('Succeeded', 'Failed') AND j.invocationdata::text LIKE '%CollateThemesJob%'
                """, connection);
            command.Parameters.AddWithValue("before", before);
            if (await command.ExecuteScalarAsync() is string data)
            {
                var state = JsonDocument.Parse(data).RootElement;
                return state.TryGetProperty("PerformanceDuration", out var milliseconds)
                    ? double.Parse(milliseconds.GetString()!, CultureInfo.InvariantCulture) / 1000
                    : throw new InvalidOperationException($"The collation job failed: {data}");
            }

            await Task.Delay(200);
        }

        throw new TimeoutException("The collation job did not finish in 10 minutes.");
    }

    /// <summary>The same counts and quotes by hand, in one snapshot as the job takes them, every row read.</summary>
    private static async Task<double> HandWrittenSecondsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var clock = Stopwatch.StartNew();
        await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead);
        foreach (var sql in HandWritten)
        {
            await using var command = new NpgsqlCommand(sql, connection, snapshot) { CommandTimeout = 0 };
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                // every row read, as the job reads them
            }
        }

        await snapshot.CommitAsync();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
