using System.Diagnostics;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Hosting;
using Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// What every benchmark stands on: a throwaway PostgreSQL cluster (with pg_stat_statements, so a run can show what
/// each statement cost the server) and the real host run as its own process over Kestrel, Release build, Production
/// settings, rate limits raised and the Hangfire server off unless a benchmark measures a job.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private const string Issuer = "participation-bench";
    private readonly byte[] signingKey = RandomNumberGenerator.GetBytes(32);
    private readonly string dataDirectory;
    private Process? host;

    private BenchHost(string dataDirectory, string connectionString, int port)
    {
        this.dataDirectory = dataDirectory;
        ConnectionString = connectionString;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        Port = port;
    }

    /// <summary>The superuser's connection string to the benchmark database.</summary>
    public string ConnectionString { get; }

    /// <summary>The host's port on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The host's process id, for profilers.</summary>
    public int HostProcessId => host!.Id;

    /// <summary>A client for setting up data (not for load).</summary>
    public HttpClient Http { get; }

    public static async Task<BenchHost> StartAsync(bool runJobs = false)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), $"participation-bench-{Environment.ProcessId}");
        var port = LocalPostgresCluster.FreePort();
        var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, port, "bench", CancellationToken.None);
        await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var preload = new NpgsqlCommand("ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'", connection);
            await preload.ExecuteNonQueryAsync();
        }

        cluster.Stop();
        NpgsqlConnection.ClearAllPools();
        cluster = await LocalPostgresCluster.StartAsync(dataDirectory, port, "bench", CancellationToken.None);
        // The host connects as in production: the application role, migrations run as the owner.
        var connections = await cluster.PrepareForApplicationAsync("bench", CancellationToken.None);
        var bench = new BenchHost(dataDirectory, cluster.ConnectionString("bench"), LocalPostgresCluster.FreePort());
        await bench.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        bench.host = bench.Launch(connections, runJobs);
        await bench.WaitUntilReadyAsync();
        return bench;
    }

    /// <summary>A bearer token for a member of staff in <paramref name="role"/>.</summary>
    public string Token(string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = "participation-api",
            Subject = new ClaimsIdentity([new Claim("sub", $"bench-{role}"), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(2),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        });

    /// <summary>Posts as <paramref name="role"/> and returns the created resource's id.</summary>
    public async Task<Guid> CreateAsync(string role, string path, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new("Bearer", Token(role));
        using var response = await Http.SendAsync(request);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()
            : throw new InvalidOperationException($"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>A new provider and a key for it with <paramref name="scopes"/>.</summary>
    public async Task<(Guid Provider, string Key)> PartnerAsync(params string[] scopes)
    {
        var provider = await CreateAsync("Administrator", "/api/v1/providers", new
        {
            name = "Benchmark provider", kind = "camhs", contractStart = "2025-04-01", contactName = "Bench", contactEmail = "bench@example.org", serviceAreas = new[] { "camhs" },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/providers/{provider}/api-keys") { Content = JsonContent.Create(new { scopes }) };
        request.Headers.Authorization = new("Bearer", Token("Administrator"));
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (provider, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        // Setting up data may take minutes (millions of rows); it is not what is measured.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (host is { HasExited: false })
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync();
        }

        NpgsqlConnection.ClearAllPools();
        LocalPostgresCluster.StopAndDelete(dataDirectory);
    }

    private Process Launch(DatabaseConnections connections, bool runJobs)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Participation"] = connections.Application,
            ["ConnectionStrings__ParticipationOwner"] = connections.Owner ?? connections.Application,
            ["Hangfire__Server__Enabled"] = runJobs ? "true" : "false",
            ["Surveys__TriggerLinkKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["ClosedCases__PublicBaseUrl"] = "http://localhost",
            ["ClosedCases__CouncilPhone"] = "020 7946 0000",
            // Production needs mail chosen; the jobs' letters go to a folder deleted with the run's cluster.
            ["Smtp__PickupDirectory"] = Path.Combine(dataDirectory, "mail-pickup"),
            ["Logging__LogLevel__Default"] = "Warning",
            ["RateLimiting__Partner__Burst"] = "1000000",
            ["RateLimiting__Partner__PermitsPerSecond"] = "1000000",
            ["RateLimiting__Staff__Burst"] = "1000000",
            ["RateLimiting__Staff__PermitsPerSecond"] = "1000000",
            ["Authentication__Schemes__Bearer__ValidIssuer"] = Issuer,
            ["Authentication__Schemes__Bearer__ValidAudiences__0"] = "participation-api",
            ["Authentication__Schemes__Bearer__SigningKeys__0__Issuer"] = Issuer,
            ["Authentication__Schemes__Bearer__SigningKeys__0__Value"] = Convert.ToBase64String(signingKey),
        };
        return StartDotnet(Path.Combine(AppContext.BaseDirectory, "Participation.Host.dll"), ["--urls", $"http://127.0.0.1:{Port}"], settings);
    }

    /// <summary>
    /// Runs a .NET assembly beside this one as a child process, its errors echoed and its output discarded
    /// (echoed too when <c>BENCH_ECHO_OUTPUT=1</c>, e.g. to read the SQL the host logs).
    /// </summary>
    public static Process StartDotnet(string assembly, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [assembly, .. arguments])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start)!;
        var echo = Environment.GetEnvironmentVariable("BENCH_ECHO_OUTPUT") == "1";
        process.OutputDataReceived += (_, line) => { if (echo && line.Data is not null) Console.WriteLine(line.Data); };
        process.ErrorDataReceived += (_, line) => { if (line.Data is not null) Console.Error.WriteLine(line.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync() => await WaitUntilReadyAsync(Http, "/health/ready");

    /// <summary>Waits up to a minute for <paramref name="path"/> to answer 2xx.</summary>
    public static async Task WaitUntilReadyAsync(HttpClient http, string path)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await http.GetAsync(new Uri(path, UriKind.Relative))).IsSuccessStatusCode)
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

        throw new TimeoutException($"{http.BaseAddress}{path} did not answer in 60 s.");
    }
}
