using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Npgsql;

/// <summary>
/// The read path: the routes front-ends and partners read all day, driven with the same closed-loop load against the
/// running host and against <see cref="RawBaseline"/> (the same SQL through Npgsql, the same rows written as JSON,
/// nothing else), taking turns, several measured rounds each, medians reported.
/// </summary>
internal static partial class ReadBenchmark
{
    private const string BaselineRole = "raw_baseline";

    public static async Task RunAsync(IReadOnlyDictionary<string, int> options)
    {
        var connections = options.GetValueOrDefault("connections", 64);
        var seconds = options.GetValueOrDefault("seconds", 10);
        var warmupRounds = options.GetValueOrDefault("warmup", 2);
        var rounds = options.GetValueOrDefault("rounds", 3);
        var profileAllocations = options.GetValueOrDefault("allocations", 0) == 1;
        var onlyRoute = options.GetValueOrDefault("route", 0);

        await using var bench = await BenchHost.StartAsync();
        var data = await SeedAsync(bench);
        // Its own login, so pg_stat_statements tells its statements from the host's; the application role's rights.
        await bench.ExecuteAsync($"CREATE ROLE {BaselineRole} LOGIN IN ROLE participation_app");
        var baselinePort = Participation.BuildingBlocks.Infrastructure.Hosting.LocalPostgresCluster.FreePort();
        var baselineConnection = new NpgsqlConnectionStringBuilder(bench.ConnectionString) { Username = BaselineRole }.ConnectionString;
        using var baseline = BenchHost.StartDotnet(
            Path.Combine(AppContext.BaseDirectory, "Participation.Bench.dll"),
            ["baseline", baselineConnection, baselinePort.ToString(CultureInfo.InvariantCulture)],
            new Dictionary<string, string> { ["DOTNET_gcServer"] = "1" });
        try
        {
            using var baselineHttp = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{baselinePort}") };
            await BenchHost.WaitUntilReadyAsync(baselineHttp, "/ready");
            await RunRoundsAsync(bench, data, baselinePort, connections, TimeSpan.FromSeconds(seconds), warmupRounds, rounds, profileAllocations, onlyRoute);
            await ReportStatementsAsync(bench);
        }
        finally
        {
            baseline.Kill(entireProcessTree: true);
            await baseline.WaitForExitAsync();
        }
    }

    private static async Task RunRoundsAsync(BenchHost bench, SeededData data, int baselinePort, int connections, TimeSpan duration, int warmupRounds, int rounds, bool profileAllocations, int onlyRoute)
    {
        var staff = $"Bearer {bench.Token("ComplaintsOfficer")}";
        var api = $"http://127.0.0.1:{bench.Port}";
        var raw = $"http://127.0.0.1:{baselinePort}";
        ReadRoute[] all =
        [
            new("reference-data list (25 themes)", $"{api}/api/v1/reference-data/themes", $"{raw}/themes", "Authorization", staff),
            new("one complaint (audited)", $"{api}/api/v1/complaints/{data.Complaint}", $"{raw}/complaints/{data.Complaint}", "Authorization", staff),
            new("complaint page of 50 (audited)", $"{api}/api/v1/complaints?pageSize=50", $"{raw}/complaints", "Authorization", staff),
            new("partner's feedback item (audited)", $"{api}/api/v1/partner/feedback/{data.FeedbackItem}", $"{raw}/feedback/{data.FeedbackItem}?provider={data.Provider}", "X-Api-Key", data.Key),
            new("partner's feedback page of 50 (audited)", $"{api}/api/v1/partner/feedback?pageSize=50", $"{raw}/feedback?provider={data.Provider}", "X-Api-Key", data.Key),
        ];

        // route=N (1-based) measures one route alone, for profiling it.
        var routes = onlyRoute > 0 ? [all[onlyRoute - 1]] : all;

        // Rounds go over every route in turn, API then raw, so the first (warm-up) rounds bring the host's tiered JIT to
        // its steady state on every route before anything is measured.
        using var load = new LoadGenerator(connections);
        var measured = routes.ToDictionary(route => route, _ => new List<(LoadResult Api, LoadResult Raw, double Allocated)>());
        for (var round = 1 - warmupRounds; round <= rounds; round++)
        {
            foreach (var route in routes)
            {
                // The last round of each route may also sample where the host allocates (allocations=1).
                var profile = profileAllocations && round == rounds ? AllocationProfile.Start(bench.HostProcessId) : null;
                var bytesBefore = await AllocatedBytesAsync(bench);
                var apiResult = await load.RunAsync(route.Api, HttpStatusCode.OK, duration);
                var bytesAfter = await AllocatedBytesAsync(bench);
                if (profile is not null)
                {
                    var (types, stacks) = await profile.StopAsync(top: 40, frames: 6);
                    foreach (var (type, share) in types)
                    {
                        Console.WriteLine($"    {share,6:P1}  {type}");
                    }

                    foreach (var (stack, share) in stacks)
                    {
                        Console.WriteLine($"    {share,6:P1}  {stack}");
                    }
                }

                var rawResult = await load.RunAsync(route.Raw, HttpStatusCode.OK, duration);
                var perRequest = (bytesAfter - bytesBefore) / apiResult.Requests;
                Console.WriteLine($"{(round > 0 ? $"round {round}" : "warm-up")} {route.Name}: API {apiResult.Rate:0}/s p50 {apiResult.P50:0.0} ms p99 {apiResult.P99:0.0} ms {perRequest / 1024:0.0} KB/request; raw {rawResult.Rate:0}/s p50 {rawResult.P50:0.0} ms p99 {rawResult.P99:0.0} ms");
                if (round > 0)
                {
                    measured[route].Add((apiResult, rawResult, perRequest));
                }
            }
        }

        var report = routes.Select(route =>
        {
            var results = measured[route];
            var (apiRate, rawRate) = (Statistics.Median(results.Select(result => result.Api.Rate)), Statistics.Median(results.Select(result => result.Raw.Rate)));
            var (apiP99, rawP99) = (Statistics.Median(results.Select(result => result.Api.P99)), Statistics.Median(results.Select(result => result.Raw.P99)));
            return string.Create(CultureInfo.InvariantCulture,
                $"| {route.Name} | {apiRate:0} | {Statistics.Median(results.Select(result => result.Api.P50)):0.0} | {apiP99:0.0} | {rawRate:0} | {Statistics.Median(results.Select(result => result.Raw.P50)):0.0} | {rawP99:0.0} | {apiRate / rawRate:0.00}× | {apiP99 / rawP99:0.0}× | {Statistics.Median(results.Select(result => result.Allocated)) / 1024:0.0} |");
        }).ToList();

        Console.WriteLine();
        Console.WriteLine($"connections: {connections}, {duration.TotalSeconds:0} s a period, warm-up rounds: {warmupRounds}, measured rounds: {rounds} (medians), cores: {Environment.ProcessorCount}");
        Console.WriteLine("targets: throughput ratio at least 0.50×, p99 ratio at most 3×, under 16 KB allocated a request on the reference-data list");
        Console.WriteLine("| route | API req/s | API p50 ms | API p99 ms | raw req/s | raw p50 ms | raw p99 ms | throughput ratio | p99 ratio | host KB/request |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
        report.ForEach(Console.WriteLine);
    }

    private static double lastAllocated;

    /// <summary>
    /// The host's bytes allocated since it started, from its own runtime metrics. The exporter sometimes answers a
    /// scrape with its previous one (a complaint period once read 0 bytes and the next period its bytes too), and the
    /// host always allocates between two scrapes, so an unchanged figure is asked for again.
    /// </summary>
    private static async Task<double> AllocatedBytesAsync(BenchHost bench)
    {
        for (var attempt = 0; ; attempt++)
        {
            var allocated = await ScrapeAllocatedBytesAsync(bench);
            if (allocated != lastAllocated || attempt == 10)
            {
                lastAllocated = allocated;
                return allocated;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }

    private static async Task<double> ScrapeAllocatedBytesAsync(BenchHost bench)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new("Bearer", bench.Token("Administrator"));
        using var response = await bench.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var match = AllocatedMetric().Match(text);
        return match.Success
            ? double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("The host's /metrics has no total-allocated counter.");
    }

    [GeneratedRegex(@"^dotnet_gc_heap_total_allocated_bytes(_total)?(\{[^}]*\})? (?<value>[0-9.e+]+)", RegexOptions.Multiline)]
    private static partial Regex AllocatedMetric();

    /// <summary>What PostgreSQL spent on each statement both sides ran: the evidence that the baseline runs the host's SQL.</summary>
    private static async Task ReportStatementsAsync(BenchHost bench)
    {
        await using var connection = new NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT r.rolname, s.calls, s.mean_exec_time, left(regexp_replace(s.query, '\s+', ' ', 'g'), 160),
                   EXISTS (SELECT 1 FROM pg_stat_statements o JOIN pg_roles orole ON orole.oid = o.userid
                           WHERE orole.rolname = 'participation_app' AND o.query = s.query) AS host_runs_it
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
            WHERE s.calls >= 1000
            ORDER BY r.rolname, s.calls DESC
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine();
        Console.WriteLine("| role | calls | mean ms in PostgreSQL | statement | the host runs the same SQL |");
        Console.WriteLine("|---|---|---|---|---|");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {reader.GetString(0)} | {reader.GetInt64(1)} | {reader.GetDouble(2):0.000} | `{reader.GetString(3)}` | {(reader.GetString(0) == BaselineRole ? reader.GetBoolean(4) ? "yes" : "NO" : "")} |"));
        }
    }

    private static async Task<SeededData> SeedAsync(BenchHost bench)
    {
        Guid complaint = default;
        for (var index = 0; index < 300; index++)
        {
            var id = await bench.CreateAsync("ComplaintsOfficer", "/api/v1/complaints", new
            {
                receivedOn = "2026-11-30", channel = "telephone", complainantKind = "child-or-young-person", childCaseReference = $"C-{index}",
                onBehalfOfChild = false, serviceArea = "children-in-care", category = "Placement", summary = "Moved to a new placement without being asked",
                points = new[] { "I was not asked before I was moved", "Nobody told my school" },
            });
            complaint = index == 150 ? id : complaint;
        }

        var (provider, key) = await bench.PartnerAsync("feedback:write", "feedback:read");
        using var batch = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/feedback/batch")
        {
            Content = JsonContent.Create(new { items = Enumerable.Range(0, 1000).Select(IntakeBenchmark.Item) }, options: JsonSerializerOptions.Web),
        };
        batch.Headers.Add("X-Api-Key", key);
        batch.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        (await bench.Http.SendAsync(batch)).EnsureSuccessStatusCode();
        using var list = new HttpRequestMessage(HttpMethod.Get, "/api/v1/partner/feedback?pageSize=50");
        list.Headers.Add("X-Api-Key", key);
        using var page = await bench.Http.SendAsync(list);
        var item = (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[25].GetProperty("id").GetGuid();
        await bench.ExecuteAsync("VACUUM ANALYZE");
        return new SeededData(complaint, provider, key, item);
    }

    private sealed record SeededData(Guid Complaint, Guid Provider, string Key, Guid FeedbackItem);

    private sealed record ReadRoute(string Name, string ApiUrl, string RawUrl, string CredentialHeader, string Credential)
    {
        public HttpRequestMessage Api()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, ApiUrl);
            request.Headers.TryAddWithoutValidation(CredentialHeader, Credential);
            return request;
        }

        public HttpRequestMessage Raw() => new(HttpMethod.Get, RawUrl);
    }
}
