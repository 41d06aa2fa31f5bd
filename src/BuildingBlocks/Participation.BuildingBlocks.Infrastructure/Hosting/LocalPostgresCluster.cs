using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Hosting;

/// <summary>
/// A private PostgreSQL cluster run from the machine's server binaries: the host's embedded default when no
/// connection string is configured, and the integration tests' throwaway server when no Docker engine answers.
/// PostgreSQL refuses to run as root, so as root every server command runs as the <c>postgres</c> user.
/// It listens on 127.0.0.1 only and trusts local connections: a developer's cluster, never a deployment's.
/// </summary>
public sealed class LocalPostgresCluster
{
    private const string Superuser = "postgres";
    private readonly string _binaries;

    private LocalPostgresCluster(string binaries, string dataDirectory, int port)
    {
        _binaries = binaries;
        DataDirectory = dataDirectory;
        Port = port;
    }

    /// <summary>Where the cluster keeps its files.</summary>
    public string DataDirectory { get; }

    /// <summary>The TCP port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>A connection string to <paramref name="database"/> on this cluster.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = Superuser, Database = database }.ConnectionString;

    // Used once or twice while starting, so not pooled: an idle pooled connection would keep a server slot for
    // minutes, and would be found broken by the next start after the server had stopped.
    private string AdministrationConnectionString() =>
        new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false }.ConnectionString;

    /// <summary>The directory holding <c>pg_ctl</c>: <c>PARTICIPATION_PG_BIN</c>, else the newest under /usr/lib/postgresql, else null.</summary>
    public static string? FindBinaries()
    {
        if (Environment.GetEnvironmentVariable("PARTICIPATION_PG_BIN") is { Length: > 0 } configured)
        {
            return File.Exists(Path.Combine(configured, "pg_ctl")) ? configured : null;
        }

        const string debianRoot = "/usr/lib/postgresql";
        return Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "pg_ctl")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), CultureInfo.InvariantCulture, out var major) ? major : 0)
                .FirstOrDefault()
            : null;
    }

    /// <summary>Initialises the cluster on first use, starts it (or adopts one already running there) and creates <paramref name="database"/>.</summary>
    public static async Task<LocalPostgresCluster> StartAsync(string dataDirectory, int port, string database, CancellationToken cancellationToken)
    {
        var binaries = FindBinaries()
            ?? throw new InvalidOperationException("PostgreSQL server binaries were not found (set PARTICIPATION_PG_BIN, install the postgresql package, or set ConnectionStrings__Participation).");
        var cluster = new LocalPostgresCluster(binaries, Path.GetFullPath(dataDirectory), port);
        await cluster.InitialiseAsync(cancellationToken);
        if (await cluster.PgCtlAsync(["status", "-D", cluster.DataDirectory], throwOnFailure: false, cancellationToken) != 0)
        {
            // Room for several hosts' pools at once (the test suite runs a host per fixture, each pooling up to 30
            // connections; the benchmark runs a raw baseline beside the host): past the default 100 a new connection is
            // refused ("too many clients"), which a request answers as 503.
            await cluster.PgCtlAsync(
                ["start", "-w", "-t", "60", "-D", cluster.DataDirectory, "-l", Path.Combine(cluster.DataDirectory, "server.log"),
                 "-o", $"-p {port} -k {cluster.DataDirectory} -c listen_addresses=127.0.0.1 -c max_connections=300"],
                throwOnFailure: true,
                cancellationToken);
        }

        await cluster.CreateDatabaseAsync(database, cancellationToken);
        return cluster;
    }

    /// <summary>
    /// The owner and application roles (<see cref="DatabaseRoles"/>) and <paramref name="database"/> owned by the owner:
    /// what a council's DBA sets up once, done for a developer's cluster. Returns both connection strings.
    /// </summary>
    public async Task<DatabaseConnections> PrepareForApplicationAsync(string database, CancellationToken cancellationToken)
    {
        await using (var connection = new NpgsqlConnection(AdministrationConnectionString()))
        {
            await connection.OpenAsync(cancellationToken);
            await DatabaseRoles.EnsureAsync(connection, cancellationToken);
            await using var owner = new NpgsqlCommand($"ALTER DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" OWNER TO {DatabaseRoles.Owner}", connection);
            await owner.ExecuteNonQueryAsync(cancellationToken);
        }

        return new DatabaseConnections(
            new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Username = DatabaseRoles.Application }.ConnectionString,
            new NpgsqlConnectionStringBuilder(ConnectionString(database)) { Username = DatabaseRoles.Owner }.ConnectionString);
    }

    /// <summary>Stops the server (fast shutdown: open sessions are rolled back).</summary>
    public void Stop() => StopAt(_binaries, DataDirectory);

    /// <summary>Stops whatever server runs in <paramref name="dataDirectory"/> and deletes the folder: for throwaway clusters whose owner died.</summary>
    public static void StopAndDelete(string dataDirectory)
    {
        if (FindBinaries() is { } binaries)
        {
            StopAt(binaries, dataDirectory);
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    private static void StopAt(string binaries, string dataDirectory) =>
        RunAsServerUserAsync(Path.Combine(binaries, "pg_ctl"), ["stop", "-w", "-m", "fast", "-D", dataDirectory], throwOnFailure: false, CancellationToken.None)
            .GetAwaiter().GetResult();

    /// <summary>A free TCP port on the loopback interface.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DataDirectory);
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")))
        {
            return;
        }

        if (Environment.IsPrivilegedProcess)
        {
            await RunAsync("chown", ["-R", $"{Superuser}:{Superuser}", DataDirectory], throwOnFailure: true, cancellationToken);
        }

        await RunAsServerUserAsync(
            Path.Combine(_binaries, "initdb"),
            ["-D", DataDirectory, "-U", Superuser, "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync"],
            throwOnFailure: true,
            cancellationToken);
    }

    private async Task CreateDatabaseAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(AdministrationConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection) { Parameters = { new() { Value = database } } };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private Task<int> PgCtlAsync(IReadOnlyList<string> arguments, bool throwOnFailure, CancellationToken cancellationToken) =>
        RunAsServerUserAsync(Path.Combine(_binaries, "pg_ctl"), arguments, throwOnFailure, cancellationToken);

    private static Task<int> RunAsServerUserAsync(string program, IReadOnlyList<string> arguments, bool throwOnFailure, CancellationToken cancellationToken) =>
        Environment.IsPrivilegedProcess
            ? RunAsync("runuser", ["-u", Superuser, "--", program, .. arguments], throwOnFailure, cancellationToken)
            : RunAsync(program, arguments, throwOnFailure, cancellationToken);

    private static async Task<int> RunAsync(string program, IReadOnlyList<string> arguments, bool throwOnFailure, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (Environment.IsPrivilegedProcess)
        {
            // pg_ctl as postgres must not inherit a working directory it cannot enter.
            start.WorkingDirectory = Path.GetTempPath();
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (throwOnFailure && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await output}{await error}");
        }

        return process.ExitCode;
    }
}
