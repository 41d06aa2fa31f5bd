// Feedback intake throughput: the same 100,000 items loaded (a) through the running host's batch endpoint over
// HTTP and (b) with a raw Npgsql binary COPY into the same table, on the same database in the same run.
// Usage: dotnet run -c Release --project bench/Participation.Bench [-- items=100000 batch=1000 senders=2 warmup=5 rounds=5]
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using NpgsqlTypes;
using Participation.BuildingBlocks.Infrastructure.Hosting;

var options = args.Select(arg => arg.Split('=', 2)).Where(pair => pair.Length == 2).ToDictionary(pair => pair[0], pair => int.Parse(pair[1], CultureInfo.InvariantCulture));
var items = options.GetValueOrDefault("items", 100_000);
var batchSize = options.GetValueOrDefault("batch", 1000);
var senders = options.GetValueOrDefault("senders", 2);
var warmupRounds = options.GetValueOrDefault("warmup", 5);
var rounds = options.GetValueOrDefault("rounds", 5);

var dataDirectory = Path.Combine(Path.GetTempPath(), $"participation-bench-{Environment.ProcessId}");
var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, LocalPostgresCluster.FreePort(), "bench", CancellationToken.None);
var connectionString = cluster.ConnectionString("bench");
var port = LocalPostgresCluster.FreePort();
var signingKey = RandomNumberGenerator.GetBytes(32);
Process? host = null;
try
{
    host = StartHost(connectionString, port, signingKey);
    using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
    await WaitUntilReady(http);

    http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdministratorToken(signingKey));
    var provider = await Created(await http.PostAsJsonAsync("/api/v1/providers", new
    {
        name = "Benchmark provider", kind = "camhs", contractStart = "2025-04-01", contactName = "Bench", contactEmail = "bench@example.org", serviceAreas = new[] { "camhs" },
    }));
    var key = (await (await http.PostAsJsonAsync($"/api/v1/providers/{provider}/api-keys", new { scopes = new[] { "feedback:write" } })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
    http.DefaultRequestHeaders.Authorization = null;
    http.DefaultRequestHeaders.Add("X-Api-Key", key);

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

    var apiMedian = Median(apiRates);
    var rawMedian = Median(rawRates);
    Console.WriteLine($"items: {items}, batch size: {batchSize}, concurrent senders: {senders}, cores: {Environment.ProcessorCount}, warm-up rounds: {warmupRounds}, measured rounds: {rounds}");
    Console.WriteLine($"(a) API batch endpoint over HTTP: median {apiMedian:0} rows/s (items, one outbox row a batch, idempotency and audit records)");
    Console.WriteLine($"(b) raw Npgsql binary COPY:       median {rawMedian:0} rows/s (items only)");
    Console.WriteLine($"ratio API / raw: {apiMedian / rawMedian:0.00}x (target at least 0.50x)");
}
finally
{
    if (host is { HasExited: false })
    {
        host.Kill(entireProcessTree: true);
        await host.WaitForExitAsync();
    }

    NpgsqlConnection.ClearAllPools();
    LocalPostgresCluster.StopAndDelete(dataDirectory);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static BenchItem Item(int index) => new(
    $"bench-{index}",
    "2026-11-20",
    (index % 3) switch { 0 => "child-or-young-person", 1 => "parent", _ => "foster-carer" },
    index % 2 == 0 ? ["looked-after-children"] : ["send", "children-in-need"],
    "camhs",
    "app",
    index % 5 + 1,
    index % 4 == 0 ? null : $"Comment number {index}: the appointment was helpful and the worker listened.",
    ["being-listened-to"]);

static async Task<double> Api(HttpClient http, BenchItem[] payload, int batchSize, int senders)
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

static async Task<double> Raw(string connectionString, Guid provider, BenchItem[] payload)
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

static async Task Truncate(string connectionString)
{
    await using var connection = new NpgsqlConnection(connectionString);
    await connection.OpenAsync();
    foreach (var sql in new[] { "TRUNCATE commissioned_services.feedback_items, commissioned_services.outbox_messages, commissioned_services.idempotency_records", "VACUUM ANALYZE commissioned_services.feedback_items" })
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}

static Process StartHost(string connectionString, int port, byte[] signingKey)
{
    var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Participation.Host.dll"), "--urls", $"http://127.0.0.1:{port}"])
    {
        UseShellExecute = false,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        WorkingDirectory = AppContext.BaseDirectory,
    };
    var settings = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["ConnectionStrings__Participation"] = connectionString,
        ["Hangfire__Server__Enabled"] = "false",
        ["Logging__LogLevel__Default"] = "Warning",
        ["RateLimiting__Partner__Burst"] = "100000",
        ["RateLimiting__Partner__PermitsPerSecond"] = "100000",
        ["Authentication__Schemes__Bearer__ValidIssuer"] = "participation-bench",
        ["Authentication__Schemes__Bearer__ValidAudiences__0"] = "participation-api",
        ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = "participation-bench",
        ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(signingKey),
    };
    foreach (var (name, value) in settings)
    {
        start.Environment[name] = value;
    }

    var process = Process.Start(start)!;
    process.OutputDataReceived += (_, _) => { };
    process.ErrorDataReceived += (_, line) => { if (line.Data is not null) Console.Error.WriteLine(line.Data); };
    process.BeginOutputReadLine();
    process.BeginErrorReadLine();
    return process;
}

static async Task WaitUntilReady(HttpClient http)
{
    for (var attempt = 0; attempt < 120; attempt++)
    {
        try
        {
            if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
            {
                return;
            }
        }
        catch (HttpRequestException)
        {
            // not listening yet
        }

        await Task.Delay(500);
    }

    throw new TimeoutException("The host did not become ready in 60 s.");
}

static string AdministratorToken(byte[] signingKey) =>
    new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "participation-bench",
        Audience = "participation-api",
        Subject = new ClaimsIdentity([new Claim("sub", "bench"), new Claim("role", "Administrator")]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
    });

static async Task<Guid> Created(HttpResponseMessage response) =>
    response.IsSuccessStatusCode
        ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
        : throw new InvalidOperationException($"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");

internal sealed record BenchItem(string ExternalId, string ReceivedOn, string Audience, string[] Cohorts, string ServiceArea, string Channel, int Rating, string? Comment, string[] Themes);
