using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Hosting;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own, from the machine's server binaries, for tests that crash and restart the
/// server: the shared one serves every other test class at the same time.
/// </summary>
public sealed class ThrowawayCluster : IDisposable
{
    private const string Database = "participation";
    private readonly LocalPostgresCluster _cluster;

    private ThrowawayCluster(LocalPostgresCluster cluster, string applicationConnectionString)
    {
        _cluster = cluster;
        ApplicationConnectionString = applicationConnectionString;
    }

    /// <summary>The application role's connection string, as a deployment's host has it.</summary>
    public string ApplicationConnectionString { get; }

    /// <summary>A new cluster, started, with the application's database and roles (the host migrates it when it starts).</summary>
    public static async Task<ThrowawayCluster> StartAsync()
    {
        Assert.True(LocalPostgresCluster.FindBinaries() is not null, "this test needs PostgreSQL's server binaries (/usr/lib/postgresql/*/bin or PARTICIPATION_PG_BIN)");
        var cluster = await LocalPostgresCluster.StartAsync(PostgresServer.NewClusterDirectory(), LocalPostgresCluster.FreePort(), Database, CancellationToken.None);
        var connections = await cluster.PrepareForApplicationAsync(Database, CancellationToken.None);
        return new ThrowawayCluster(cluster, connections.Application);
    }

    /// <summary>
    /// Ends the server as a crash would: SIGQUIT to the postmaster is PostgreSQL's immediate shutdown (no checkpoint,
    /// nothing flushed on the way out; the next start recovers from the WAL alone). Returns once the server is gone.
    /// </summary>
    public async Task CrashAsync()
    {
        var pidFile = Path.Combine(_cluster.DataDirectory, "postmaster.pid");
        var postmaster = (await File.ReadAllLinesAsync(pidFile))[0];
        using (var kill = Process.Start("kill", ["-QUIT", postmaster])!)
        {
            await kill.WaitForExitAsync();
            Assert.Equal(0, kill.ExitCode);
        }

        // The postmaster removes its pid file as it exits, after its last backend has gone.
        for (var attempt = 0; attempt < 300 && File.Exists(pidFile); attempt++)
        {
            await Task.Delay(100);
        }

        Assert.False(File.Exists(pidFile), $"PostgreSQL (pid {postmaster}) was still running 30 s after SIGQUIT");
    }

    /// <summary>Starts the server again on the same port; PostgreSQL replays its WAL before it accepts connections.</summary>
    public Task RestartAsync() =>
        LocalPostgresCluster.StartAsync(_cluster.DataDirectory, _cluster.Port, Database, CancellationToken.None);

    /// <summary>The owner's count of <paramref name="sql"/>'s rows, on a connection of its own (none of the host's pools).</summary>
    public async Task<long> CountAsync(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_cluster.ConnectionString(Database)) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public void Dispose() => LocalPostgresCluster.StopAndDelete(_cluster.DataDirectory);
}
