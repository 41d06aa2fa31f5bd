using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// Survey answers through the public respondent route, each on its own single-use link, against raw Npgsql
/// single-row INSERTs of the same answers into the same table at the same concurrency, in the same run. The host's
/// path is the whole of it: the link's hash looked up, the version's questions checked, the answer stored, the link
/// spent and the voice's event written to the outbox, in one transaction.
/// </summary>
internal static class SubmissionBenchmark
{
    private static readonly object[] Answers =
    [
        new { question = 1, value = "4" },
        new { question = 2, value = "partly" },
        new { question = 3, value = "school" },
    ];

    public static async Task RunAsync(IReadOnlyDictionary<string, int> options)
    {
        var connections = options.GetValueOrDefault("connections", 64);
        var seconds = options.GetValueOrDefault("seconds", 10);
        // The host's tiered JIT is still rising after one round of answers: three warm-ups reach its steady state.
        var warmupRounds = options.GetValueOrDefault("warmup", 3);
        var rounds = options.GetValueOrDefault("rounds", 3);
        // Six periods of ten seconds at some 2,300 answers a second, each on a link of its own.
        var links = options.GetValueOrDefault("links", 160_000);

        await using var bench = await BenchHost.StartAsync();
        var survey = await PublishedSurveyAsync(bench);
        var tokens = new ConcurrentQueue<string>(await IssueLinksAsync(bench, survey, links));
        Console.WriteLine($"{tokens.Count:N0} single-use links issued");

        await using var database = new NpgsqlDataSourceBuilder(new NpgsqlConnectionStringBuilder(bench.ConnectionString) { MaxPoolSize = connections }.ConnectionString).Build();
        var answers = JsonSerializer.Serialize(new[] { new { question = 1, values = new[] { "4" } }, new { question = 2, values = new[] { "partly" } }, new { question = 3, values = new[] { "school" } } });
        using var load = new LoadGenerator(connections);
        var host = new List<LoadResult>();
        var raw = new List<LoadResult>();
        for (var round = 1 - warmupRounds; round <= rounds; round++)
        {
            var hostResult = await load.RunAsync(() => Submission(bench.Port, tokens), HttpStatusCode.OK, TimeSpan.FromSeconds(seconds));
            var rawResult = await ClosedLoop.RunAsync(connections, TimeSpan.FromSeconds(seconds), () => InsertAsync(database, survey, answers));
            Console.WriteLine($"{(round > 0 ? $"round {round}" : "warm-up")}: host {hostResult.Rate:0}/s p50 {hostResult.P50:0.0} ms p99 {hostResult.P99:0.0} ms; raw INSERT {rawResult.Rate:0}/s p50 {rawResult.P50:0.0} ms p99 {rawResult.P99:0.0} ms");
            if (round > 0)
            {
                host.Add(hostResult);
                raw.Add(rawResult);
            }
        }

        var hostRate = Statistics.Median(host.Select(result => result.Rate));
        var rawRate = Statistics.Median(raw.Select(result => result.Rate));
        Console.WriteLine();
        Console.WriteLine($"cores: {Environment.ProcessorCount}; {connections} connections; medians of {rounds} rounds of {seconds} s after {warmupRounds} warm-up");
        Console.WriteLine("| measure | host | raw INSERT | ratio | target |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| answers a second | {hostRate:N0} | {rawRate:N0} | {hostRate / rawRate:0.00}× | at least 0.5× |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| p99 ms | {Statistics.Median(host.Select(result => result.P99)):0.0} | {Statistics.Median(raw.Select(result => result.P99)):0.0} | | reported |"));
        await PrintHostStatementsAsync(bench);
    }

    /// <summary>What the host asked of PostgreSQL per answer, from pg_stat_statements: where its extra time goes.</summary>
    private static async Task PrintHostStatementsAsync(BenchHost bench)
    {
        await using var connection = new NpgsqlConnection(bench.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT s.calls, s.mean_exec_time, left(regexp_replace(s.query, '\s+', ' ', 'g'), 140)
            FROM pg_stat_statements s JOIN pg_roles r ON r.oid = s.userid
            WHERE r.rolname = 'participation_app' AND s.calls >= 1000
            ORDER BY s.total_exec_time DESC LIMIT 12
            """, connection);
        await using var reader = await command.ExecuteReaderAsync();
        Console.WriteLine();
        Console.WriteLine("host statements (calls, mean ms, statement):");
        while (await reader.ReadAsync())
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {reader.GetInt64(0),8:N0} {reader.GetDouble(1),7:0.000}  {reader.GetString(2)}"));
        }
    }

    private static HttpRequestMessage Submission(int port, ConcurrentQueue<string> tokens) =>
        new(HttpMethod.Post, $"http://127.0.0.1:{port}/api/v1/respond/{(tokens.TryDequeue(out var token) ? token : throw new InvalidOperationException("Out of links: run with a larger links=."))}")
        {
            Content = JsonContent.Create(new { version = 1, answers = Answers }),
        };

    /// <summary>The same answer as one row, as a hand-written data layer would store it.</summary>
    private static async Task InsertAsync(NpgsqlDataSource database, Guid survey, string answers)
    {
        await using var command = database.CreateCommand(
            "INSERT INTO surveys.responses (id, survey_id, survey_version, channel, received_on, audience, service_area, cohorts, answers) VALUES ($1, $2, 1, 'online-form', $3, 'child-or-young-person', 'children-in-care', '{}', $4)");
        command.Parameters.Add(new NpgsqlParameter { Value = Guid.CreateVersion7() });
        command.Parameters.Add(new NpgsqlParameter { Value = survey });
        command.Parameters.Add(new NpgsqlParameter { Value = DateOnly.FromDateTime(DateTime.UtcNow) });
        command.Parameters.Add(new NpgsqlParameter { Value = answers, NpgsqlDbType = NpgsqlDbType.Jsonb });
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<Guid> PublishedSurveyAsync(BenchHost bench)
    {
        var survey = await bench.CreateAsync("ParticipationOfficer", "/api/v1/surveys", new
        {
            title = "Your views before your review",
            purpose = "event-triggered",
            audiences = new[] { "child-or-young-person" },
            serviceAreas = new[] { "children-in-care" },
            anonymous = false,
            opensOn = "2026-01-01",
            questions = new object[]
            {
                new { kind = "rating-scale", text = "How much do you feel listened to?", required = true, scale = Enumerable.Range(1, 5).Select(value => new { value, label = $"Point {value}", iconKey = $"point-{value}" }) },
                new { kind = "yes-partly-no", text = "Do you know who chairs your review?", required = true },
                new { kind = "single-choice", text = "Where would you like to meet?", required = false, options = new[] { new { code = "home", label = "At home" }, new { code = "school", label = "At school" } } },
                new { kind = "free-text", text = "Anything else?", required = false, maxLength = 500 },
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{survey}/publications");
        request.Headers.Authorization = new("Bearer", bench.Token("ParticipationOfficer"));
        using var read = await bench.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/surveys/{survey}") { Headers = { Authorization = new("Bearer", bench.Token("ParticipationOfficer")) } });
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        using var published = await bench.Http.SendAsync(request);
        return published.StatusCode == HttpStatusCode.Created ? survey : throw new InvalidOperationException($"Publishing answered {(int)published.StatusCode}.");
    }

    private static async Task<List<string>> IssueLinksAsync(BenchHost bench, Guid survey, int count)
    {
        var tokens = new List<string>(count);
        while (tokens.Count < count)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/surveys/{survey}/invitations")
            {
                Content = JsonContent.Create(new { kind = "single-use", recipients = Enumerable.Range(0, Math.Min(1000, count - tokens.Count)).Select(number => new { caseReference = $"C-{tokens.Count + number}" }) }),
            };
            request.Headers.Authorization = new("Bearer", bench.Token("ParticipationOfficer"));
            using var response = await bench.Http.SendAsync(request);
            response.EnsureSuccessStatusCode();
            tokens.AddRange((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("token").GetString()!));
        }

        return tokens;
    }
}
