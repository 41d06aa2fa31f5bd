using Npgsql;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// Holds back the commit of every transaction that inserts a matching row into a table, until released: a deferred
/// trigger, run at commit, waits for an advisory lock the test holds. The rows stay invisible and the transaction keeps
/// its locks meanwhile, as a slow commit would. Released by <see cref="ReleaseAsync"/> or on dispose, which also drops
/// the trigger.
/// </summary>
public sealed class HeldCommits : IAsyncDisposable
{
    private readonly ParticipationApiFactory _factory;
    private readonly NpgsqlConnection _holder;
    private readonly string _table;
    private readonly string _function;
    private readonly int _key;
    private bool _released;

    private HeldCommits(ParticipationApiFactory factory, NpgsqlConnection holder, string table, int key)
    {
        _factory = factory;
        _holder = holder;
        _table = table;
        _function = $"{table.Split('.')[0]}.hold_commit_for_test";
        _key = key;
    }

    /// <summary>
    /// Holds back commits that insert into <paramref name="table"/> (schema-qualified) a row matching
    /// <paramref name="rowCondition"/> (SQL over <c>NEW</c>), by the advisory lock <paramref name="key"/>.
    /// </summary>
    public static async Task<HeldCommits> HoldAsync(ParticipationApiFactory factory, string table, string rowCondition, int key)
    {
        var held = new HeldCommits(factory, new NpgsqlConnection(factory.OwnerConnectionString()), table, key);
        await factory.OwnerExecuteAsync($"""
            CREATE FUNCTION {held._function}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN PERFORM pg_advisory_xact_lock_shared({key}); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER hold_commit_for_test AFTER INSERT ON {table} DEFERRABLE INITIALLY DEFERRED
                FOR EACH ROW WHEN ({rowCondition}) EXECUTE FUNCTION {held._function}();
            """);
        await held._holder.OpenAsync();
        await using var hold = new NpgsqlCommand($"SELECT pg_advisory_lock({key})", held._holder);
        await hold.ExecuteNonQueryAsync();
        return held;
    }

    /// <summary>Waits until PostgreSQL shows a commit queued behind the lock; fails with <paramref name="never"/> if none comes.</summary>
    public async Task CommitWaitingAsync(string never)
    {
        var waiting = $"""
            SELECT count(*) FROM pg_locks
            WHERE locktype = 'advisory' AND classid = 0 AND objid = {_key} AND objsubid = 1 AND NOT granted
              AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
            """;
        await _factory.UntilCountedAsync(waiting, never);
    }

    /// <summary>
    /// Waits until a second session waits on a lock besides the held commit (<paramref name="second"/>'s request, on a
    /// row the held transaction wrote), or <paramref name="second"/> is done; fails with <paramref name="never"/> if
    /// neither comes.
    /// </summary>
    public Task SecondWaitingAsync(Task second, string never) =>
        _factory.UntilCountedAsync(
            "SELECT (count(*) >= 2)::int::bigint FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()",
            never,
            () => second.IsCompleted);

    /// <summary>Lets the held commits go.</summary>
    public async Task ReleaseAsync()
    {
        if (!_released)
        {
            _released = true;
            // Explicitly: a pooled connection's session, and its lock, outlive its disposal.
            await using (var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({_key})", _holder))
            {
                await release.ExecuteNonQueryAsync();
            }

            await _holder.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _factory.OwnerExecuteAsync($"DROP TRIGGER hold_commit_for_test ON {_table}; DROP FUNCTION {_function}();");
    }
}
