using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Hosting;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Testcontainers.PostgreSql;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// One PostgreSQL server for the whole test run: Testcontainers when a Docker engine answers, otherwise a
/// throwaway cluster from the machine's PostgreSQL binaries, otherwise <c>PARTICIPATION_TEST_DB</c>.
/// Each test class gets a fresh database copied from a migrated, seeded template (fast: a file copy).
/// </summary>
public sealed class PostgresServer
{
    private const string TemplateDatabase = "participation_template";
    private const string ClusterPrefix = "participation-tests-";
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);
    private readonly string _adminConnectionString;
    private bool _separateRoles;

    private PostgresServer(string adminConnectionString, string description)
    {
        _adminConnectionString = adminConnectionString;
        Description = description;
    }

    /// <summary>Which kind of server the run uses.</summary>
    public string Description { get; }

    public static Task<PostgresServer> Instance => Shared.Value;

    /// <summary>
    /// A new database, a copy of the template, for one test class: the application role's connection string (the
    /// host derives the owner's, <see cref="OwnerOf"/>).
    /// </summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}";
        await ExecuteAsync($"CREATE DATABASE {name} TEMPLATE {TemplateDatabase}{(_separateRoles ? $" OWNER {DatabaseRoles.Owner}" : string.Empty)}");
        return WithDatabase(name);
    }

    /// <summary>The owner role's connection string to the same database, when the application connects as the application role.</summary>
    public static string? OwnerOf(string applicationConnectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(applicationConnectionString);
        return builder.Username == DatabaseRoles.Application
            ? new NpgsqlConnectionStringBuilder(applicationConnectionString) { Username = DatabaseRoles.Owner }.ConnectionString
            : null;
    }

    private string WithDatabase(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString)
        {
            Database = database,
            Pooling = true,
            Username = _separateRoles ? DatabaseRoles.Application : new NpgsqlConnectionStringBuilder(_adminConnectionString).Username,
            Password = _separateRoles ? DatabaseRoles.DevelopmentPassword : new NpgsqlConnectionStringBuilder(_adminConnectionString).Password,
        }.ConnectionString;

    /// <summary>Both roles when the server lets us create them; otherwise (a restricted PARTICIPATION_TEST_DB) one role for everything.</summary>
    private async Task UseSeparateRolesAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await DatabaseRoles.EnsureAsync(connection, CancellationToken.None);
            _separateRoles = true;
        }
        catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            _separateRoles = false;
        }
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<PostgresServer> StartAsync()
    {
        var server = await StartContainerAsync() ?? await StartLocalClusterAsync() ?? FromEnvironment()
            ?? throw new InvalidOperationException("No PostgreSQL for the tests: no Docker engine, no PostgreSQL server binaries (/usr/lib/postgresql/*/bin), and PARTICIPATION_TEST_DB is not set.");

        await server.UseSeparateRolesAsync();
        await server.ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateDatabase}");
        await server.ExecuteAsync($"CREATE DATABASE {TemplateDatabase}{(server._separateRoles ? $" OWNER {DatabaseRoles.Owner}" : string.Empty)}");
        // Booting the host once migrates every module, seeds reference data and installs Hangfire's schema in the template.
        await using (var factory = new ParticipationApiFactory(server.WithDatabase(TemplateDatabase)))
        {
            _ = factory.Server;
        }

        NpgsqlConnection.ClearAllPools();
        return server;
    }

    private static async Task<PostgresServer?> StartContainerAsync()
    {
        if (!File.Exists("/var/run/docker.sock") && Environment.GetEnvironmentVariable("DOCKER_HOST") is null)
        {
            return null;
        }

        try
        {
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync().WaitAsync(TimeSpan.FromMinutes(2));
            AppDomain.CurrentDomain.ProcessExit += (_, _) => container.DisposeAsync().AsTask().GetAwaiter().GetResult();
            return new PostgresServer(container.GetConnectionString(), "Testcontainers PostgreSQL");
        }
#pragma warning disable CA1031 // a socket without a working engine: fall through to the local binaries
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private static async Task<PostgresServer?> StartLocalClusterAsync()
    {
        if (LocalPostgresCluster.FindBinaries() is null)
        {
            return null;
        }

        ReapAbandonedClusters();
        var dataDirectory = NewClusterDirectory();
        var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, LocalPostgresCluster.FreePort(), "postgres", CancellationToken.None);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            LocalPostgresCluster.StopAndDelete(dataDirectory);
        };
        return new PostgresServer(cluster.ConnectionString("postgres"), $"local cluster in {dataDirectory}");
    }

    /// <summary>Where a throwaway cluster of this test run lives: named after the run's process, so a later run deletes it if this one dies first.</summary>
    internal static string NewClusterDirectory() => Path.Combine(Path.GetTempPath(), $"{ClusterPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");

    /// <summary>
    /// The test runner may end its host process before exit handlers finish, leaving a cluster behind; the next
    /// run stops and deletes every cluster whose owning process (named in the folder) is gone. Test classes starting
    /// at once may reap together: a folder another has just deleted is skipped.
    /// </summary>
    internal static void ReapAbandonedClusters()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), $"{ClusterPrefix}*"))
        {
            var owner = Path.GetFileName(folder)[ClusterPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, System.Globalization.CultureInfo.InvariantCulture, out var pid) && !IsRunning(pid))
            {
                try
                {
                    LocalPostgresCluster.StopAndDelete(folder);
                }
                catch (DirectoryNotFoundException)
                {
                    // Reaped by another test class starting at the same moment.
                }
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static PostgresServer? FromEnvironment() =>
        Environment.GetEnvironmentVariable("PARTICIPATION_TEST_DB") is { Length: > 0 } connectionString
            ? new PostgresServer(connectionString, "PARTICIPATION_TEST_DB")
            : null;
}
