using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

/// <summary>
/// Feedback intake throughput: the same items loaded (a) through the running host's batch endpoint over HTTP and
/// (b) with a raw Npgsql binary COPY into the same table, on the same database in the same run.
/// </summary>
internal static class IntakeBenchmark
{
    public static async Task RunAsync(IReadOnlyDictionary<string, int> options)
    {
        var items = options.GetValueOrDefault("items", 100_000);
        var batchSize = options.GetValueOrDefault("batch", 1000);
        var senders = options.GetValueOrDefault("senders", 2);
        var warmupRounds = options.GetValueOrDefault("warmup", 5);
        var rounds = options.GetValueOrDefault("rounds", 5);

        await using var bench = await BenchHost.StartAsync();
        var (provider, key) = await bench.PartnerAsync("feedback:write");
        var http = bench.Http;
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var connectionString = bench.ConnectionString;

        var payload = Enumerable.Range(0, items).Select(Item).ToArray();

        // The two paths take turns, each from an empty table. The first rounds only warm up: on two cores shared by the
        // host, PostgreSQL and this generator, the host's tiered JIT goes on recompiling hot code for the first 30 s or so
        // of load, and a long-running service is measured in its steady state. One round still varies by about 20%, so
        // the figures reported are the medians over the measured rounds, and the ratio is that of the two medians.
        var apiRates = new List<double>();
        var rawRates = new List<double>();
        for (var round = 1 - warmupRounds; round <= rounds; round++)
        {
            await Truncate(connectionString);
            var apiRate = items / await Api(http, payload, batchSize, senders);
            await Truncate(connectionString);
            var rawRate = items / await Raw(connectionString, provider, payload);
            var measured = round > 0;
            Console.WriteLine($"{(measured ? $"round {round}" : "warm-up")}: API {apiRate:0} rows/s, raw COPY {rawRate:0} rows/s, ratio {apiRate / rawRate:0.00}x");
            if (measured)
            {
                apiRates.Add(apiRate);
                rawRates.Add(rawRate);
            }
        }

        var apiMedian = Statistics.Median(apiRates);
        var rawMedian = Statistics.Median(rawRates);
        Console.WriteLine($"items: {items}, batch size: {batchSize}, concurrent senders: {senders}, cores: {Environment.ProcessorCount}, warm-up rounds: {warmupRounds}, measured rounds: {rounds}");
        Console.WriteLine($"(a) API batch endpoint over HTTP: median {apiMedian:0} rows/s (items, one outbox row a batch, idempotency and audit records)");
        Console.WriteLine($"(b) raw Npgsql binary COPY:       median {rawMedian:0} rows/s (items only)");
        Console.WriteLine($"ratio API / raw: {apiMedian / rawMedian:0.00}x (target at least 0.50x)");
    }

    internal static BenchItem Item(int index) => new(
        $"bench-{index}",
        "2026-11-20",
        (index % 3) switch { 0 => "child-or-young-person", 1 => "parent", _ => "foster-carer" },
        index % 2 == 0 ? ["looked-after-children"] : ["send", "children-in-need"],
        "camhs",
        "app",
        index % 5 + 1,
        index % 4 == 0 ? null : $"Comment number {index}: the appointment was helpful and the worker listened.",
        ["being-listened-to"]);

    private static async Task<double> Api(HttpClient http, BenchItem[] payload, int batchSize, int senders)
    {
        // Bodies are serialised before the clock starts: the load generator's own JSON work is not the API's cost.
        var batches = payload.Chunk(batchSize).Select(batch => JsonSerializer.SerializeToUtf8Bytes(new { items = batch }, JsonSerializerOptions.Web)).ToArray();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batches.Length)
            {
                using var content = new ByteArrayContent(batches[index]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/feedback/batch") { Content = content };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                var response = await http.SendAsync(request);
                if (!response.IsSuccessStatusCode)
                {
                    throw new InvalidOperationException($"Batch {index}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }));
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task<double> Raw(string connectionString, Guid provider, BenchItem[] payload)
    {
        var clock = Stopwatch.StartNew();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY commissioned_services.feedback_items (id, provider_id, external_id, received_on, audience, cohorts, service_area, channel, rating, comment, suggested_themes, accepted_on) FROM STDIN (FORMAT BINARY)");
        var now = DateTimeOffset.UtcNow;
        foreach (var item in payload)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(provider, NpgsqlDbType.Uuid);
            await copy.WriteAsync(item.ExternalId, NpgsqlDbType.Varchar);
            await copy.WriteAsync(DateOnly.Parse(item.ReceivedOn, CultureInfo.InvariantCulture), NpgsqlDbType.Date);
            await copy.WriteAsync(item.Audience, NpgsqlDbType.Varchar);
            await copy.WriteAsync(item.Cohorts, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(item.ServiceArea, NpgsqlDbType.Varchar);
            await copy.WriteAsync(item.Channel, NpgsqlDbType.Varchar);
            await copy.WriteAsync((short)item.Rating, NpgsqlDbType.Smallint);
            await (item.Comment is null ? copy.WriteNullAsync() : copy.WriteAsync(item.Comment, NpgsqlDbType.Varchar));
            await copy.WriteAsync(item.Themes, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
        }

        await copy.CompleteAsync();
        return clock.Elapsed.TotalSeconds;
    }

    private static async Task Truncate(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "TRUNCATE commissioned_services.feedback_items, commissioned_services.outbox_messages, partners.idempotency_records", "VACUUM ANALYZE commissioned_services.feedback_items" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

internal sealed record BenchItem(string ExternalId, string ReceivedOn, string Audience, string[] Cohorts, string ServiceArea, string Channel, int Rating, string? Comment, string[] Themes);
