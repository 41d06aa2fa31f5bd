using System.Diagnostics;
using System.Globalization;
using System.Net;
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
        PostgresServer.ReapAbandonedClusters();
        var cluster = await LocalPostgresCluster.StartAsync(PostgresServer.NewClusterDirectory(), LocalPostgresCluster.FreePort(), Database, CancellationToken.None);
        try
        {
            var connections = await cluster.PrepareForApplicationAsync(Database, CancellationToken.None);
            return new ThrowawayCluster(cluster, connections.Application);
        }
        catch
        {
            LocalPostgresCluster.StopAndDelete(cluster.DataDirectory);
            throw;
        }
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

    /// <summary>
    /// Sends requests from <paramref name="senders"/> loops at once, each calling <paramref name="send"/> until it has
    /// nothing left to send (null), and crashes the server (<see cref="CrashAsync"/>) once
    /// <paramref name="answeredBeforeCrash"/> requests have been answered 200, while others are in flight. Returns the
    /// status of every request sent, once the server is gone and every loop has stopped.
    /// </summary>
    public async Task<IReadOnlyList<HttpStatusCode>> CrashWhileSendingAsync(int senders, Func<Task<HttpStatusCode?>> send, int answeredBeforeCrash)
    {
        ArgumentNullException.ThrowIfNull(send);
        var answered = 0;
        var underWay = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, senders).Select(async _ =>
        {
            var statuses = new List<HttpStatusCode>();
            while (!stop.IsCancellationRequested && await send() is { } status)
            {
                statuses.Add(status);
                if (status == HttpStatusCode.OK && Interlocked.Increment(ref answered) == answeredBeforeCrash)
                {
                    underWay.SetResult();
                }
            }

            return statuses;
        }).ToArray();

        try
        {
            await underWay.Task.WaitAsync(TimeSpan.FromMinutes(1));
            await CrashAsync();
        }
        finally
        {
            // Also when the crash never came: each loop ends after the request it has in flight.
            await stop.CancelAsync();
        }

        return [.. (await Task.WhenAll(loops)).SelectMany(statuses => statuses)];
    }

    /// <summary>Starts the server again on the same port; PostgreSQL replays its WAL before it accepts connections.</summary>
    public Task RestartAsync() =>
        LocalPostgresCluster.StartAsync(_cluster.DataDirectory, _cluster.Port, Database, CancellationToken.None);

    /// <summary>The count <paramref name="sql"/> returns, read as the superuser on a connection of its own (none of the host's pools).</summary>
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
