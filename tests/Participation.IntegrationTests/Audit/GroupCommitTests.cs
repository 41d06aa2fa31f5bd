using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Audit;

/// <summary>
/// Audited reads share commits (one writer copies every waiting entry in and commits once), and still no response
/// leaves before its own audit row is durable.
/// </summary>
public sealed class GroupCommitTests(UnthrottledApiFixture api) : IClassFixture<UnthrottledApiFixture>, IDisposable
{
    private const string RowsOfComplaintRead = "SELECT count(*) FROM audit.audit_events WHERE operation = 'GetComplaint' AND record_id = $1";

    private readonly HttpClient _officer = api.Factory.Client(Roles.ComplaintsOfficer);

    // The test's own look-ups share a few connections, leaving the server's slots to the host under test.
    private readonly NpgsqlDataSource _lookups = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString) { MaxPoolSize = 8 }.ConnectionString);

    public void Dispose() => _lookups.Dispose();

    [Fact]
    public async Task No_response_leaves_before_its_audit_row_has_committed()
    {
        var complaint = await LogComplaintAsync(_officer);
        await using var holder = new NpgsqlConnection(api.Factory.OwnerConnectionString());
        await holder.OpenAsync();
        await using var transaction = await holder.BeginTransactionAsync();
        // SHARE mode lets the test read the table but keeps the writer's COPY waiting until this transaction ends.
        await using (var block = new NpgsqlCommand("LOCK TABLE audit.audit_events IN SHARE MODE", holder, transaction))
        {
            await block.ExecuteNonQueryAsync();
        }

        var read = _officer.GetAsync(new Uri($"/api/v1/complaints/{complaint}", UriKind.Relative));
        // Not a fixed wait: once PostgreSQL shows the writer's COPY queued behind the lock, the row cannot be there yet,
        // and neither may the response.
        await WriterBlockedAsync();
        var heldBack = !read.IsCompleted;
        Assert.Equal(0, await CountAsync(complaint));
        await transaction.CommitAsync();
        var response = await read;

        Assert.True(heldBack, "the response was sent while its audit row could not be written");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountAsync(complaint));
    }

    [Fact]
    public async Task Sixty_four_concurrent_readers_leave_exactly_one_row_each_and_every_response_finds_its_row_committed()
    {
        var complaint = await LogComplaintAsync(_officer);
        var readers = Enumerable.Range(0, 64).Select(_ => api.Factory.Client(Roles.ComplaintsOfficer)).ToArray();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4 * readers.Length).Select(async index =>
        {
            var response = await readers[index % readers.Length].GetAsync(new Uri($"/api/v1/complaints/{complaint}", UriKind.Relative));
            // Counted the moment the response arrives: at least this many rows (its own among them) must be committed.
            return (response.StatusCode, RowsSeen: await CountAsync(complaint));
        }));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.All(answers, answer => Assert.True(answer.RowsSeen >= 1));
        Assert.Equal(answers.Length, await CountAsync(complaint));
    }

    [Fact]
    public async Task Every_read_answered_before_the_database_crashed_still_has_its_audit_row_after_recovery()
    {
        using var cluster = await ThrowawayCluster.StartAsync();
        await using var host = new ParticipationApiFactory(cluster.ApplicationConnectionString, UnthrottledApiFixture.NoRateLimits);
        var complaint = await LogComplaintAsync(host.Client(Roles.ComplaintsOfficer));
        var path = new Uri($"/api/v1/complaints/{complaint}", UriKind.Relative);
        const int Readers = 16;
        var reader = host.Client(Roles.ComplaintsOfficer);

        // The server dies while reads are being answered and their rows committed, without a checkpoint: only what
        // reached the WAL comes back. (The operating system's cache survives, so this catches a row acknowledged before
        // its commit was written, as with synchronous_commit off, not a missing fsync.)
        var beforeCrash = await cluster.CrashWhileSendingAsync(Readers, async () => (HttpStatusCode?)(await reader.GetAsync(path)).StatusCode, answeredBeforeCrash: 200);
        await cluster.RestartAsync();

        Assert.All(beforeCrash, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {(int)status}"));
        var sent = beforeCrash.Count(status => status == HttpStatusCode.OK);
        var recorded = await cluster.CountAsync(RowsOfComplaintRead, complaint.ToString());
        // Every answer sent has its row. A read the crash cut off may have committed its row and lost only the answer,
        // at most one per reader; nothing is recorded twice.
        Assert.InRange(recorded, sent, sent + Readers);

        var afterRestart = await ReadUntilAnsweredAsync(reader, path);
        Assert.Equal(recorded + afterRestart.Count(status => status == HttpStatusCode.OK), await cluster.CountAsync(RowsOfComplaintRead, complaint.ToString()));
    }

    [Fact]
    public async Task Audited_reads_on_both_sides_of_a_cut_of_every_database_connection_are_each_recorded_once()
    {
        var direct = new NpgsqlConnectionStringBuilder(api.Factory.ConnectionString);
        await using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };
        await using var host = new ParticipationApiFactory(throughProxy.ConnectionString);
        var officer = host.Client(Roles.ComplaintsOfficer);
        var complaint = await LogComplaintAsync(officer);
        var path = new Uri($"/api/v1/complaints/{complaint}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(path)).StatusCode);

        // Every connection the host holds dies (a network failover, a connection pooler restarting); the server stays.
        await proxy.CutAsync();
        proxy.Restore();
        var statuses = await ReadUntilAnsweredAsync(officer, path);

        Assert.Equal(1 + statuses.Count(status => status == HttpStatusCode.OK), await CountAsync(complaint));
    }

    /// <summary>
    /// Reads until one is answered: the first reads after the database came back may draw pooled connections that died
    /// with it, and are refused with 503, nothing recorded.
    /// </summary>
    private static async Task<List<HttpStatusCode>> ReadUntilAnsweredAsync(HttpClient reader, Uri path)
    {
        var statuses = new List<HttpStatusCode>();
        do
        {
            var status = (await reader.GetAsync(path)).StatusCode;
            Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {(int)status}");
            statuses.Add(status);
        }
        while (statuses[^1] != HttpStatusCode.OK && statuses.Count < 40);

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        return statuses;
    }

    private async Task WriterBlockedAsync()
    {
        await using var waiting = _lookups.CreateCommand(
            "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'audit_events' AND NOT l.granted");
        for (var attempt = 0; attempt < 500 && (long)(await waiting.ExecuteScalarAsync())! == 0; attempt++)
        {
            await Task.Delay(20);
        }

        Assert.True((long)(await waiting.ExecuteScalarAsync())! > 0, "the audit writer never reached the locked table");
    }

    private async Task<int> CountAsync(Guid complaint)
    {
        await using var command = _lookups.CreateCommand(RowsOfComplaintRead);
        command.Parameters.AddWithValue(complaint.ToString());
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<Guid> LogComplaintAsync(HttpClient officer)
    {
        var logged = await officer.PostAsJsonAsync("/api/v1/complaints", new
        {
            receivedOn = "2026-11-30", channel = "telephone", complainantKind = "child-or-young-person", childCaseReference = "C-77",
            onBehalfOfChild = false, serviceArea = "children-in-care", category = "Placement", summary = "Moved without being asked",
            points = new[] { "I was not asked" },
        });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        return (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
