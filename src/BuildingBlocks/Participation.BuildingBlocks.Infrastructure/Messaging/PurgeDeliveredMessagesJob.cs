using Hangfire;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Deletes delivered outbox rows and consumers' inbox records once they are older than
/// <see cref="MessagingOptions.DeliveredKeepDays"/>: a delivered event is never delivered again, and otherwise both
/// tables keep, for ever, copies of what the modules already hold (docs/domain/data-protection-and-retention.md#retention).
/// Safe to run twice: what is gone stays gone.
/// </summary>
/// <remarks>
/// An inbox record is what makes a redelivery a no-op, so none may go while its event can still be delivered. A
/// record is written after its event, so every record handled before the oldest pending event of any outbox occurred
/// belongs to an event already delivered to all its consumers; only those are deleted. "Any outbox" is every one in
/// the database, found in the catalogue, not only the modules this instance runs: a module switched off (here, or
/// only in another instance) keeps its pending events, and they come back when it is switched on.
/// </remarks>
internal sealed partial class PurgeDeliveredMessagesJob(
    NpgsqlDataSource database, IOptions<MessagingOptions> options, TimeProvider clock, ILogger<PurgeDeliveredMessagesJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "messaging:purge-delivered";

    /// <summary>04:30 UK time, daily.</summary>
    public const string Daily = "30 4 * * *";

    /// <summary>
    /// Rows deleted by one statement: the first run after a long time (or after this job was added) may find millions,
    /// and one statement over them all could outlast the command timeout every time it is retried.
    /// </summary>
    public const int RowsAStatement = 10_000;

    /// <summary>
    /// How far an event's time may lie ahead of when it was written: a survey answer's event carries its UK date as
    /// midnight UTC, which in summer is an hour ahead of the clock.
    /// </summary>
    private static readonly TimeSpan OccurredAheadAtMost = TimeSpan.FromDays(2);

    /// <summary>
    /// Every schema holding an outbox, already quoted for SQL, and whether this role may read and delete both it and
    /// the inbox beside it (every module's schema has both).
    /// </summary>
    private const string OutboxSchemas =
        """
        SELECT quote_ident(n.nspname),
               inbox.oid IS NOT NULL
               AND has_table_privilege(outbox.oid, 'SELECT') AND has_table_privilege(outbox.oid, 'DELETE')
               AND has_table_privilege(inbox.oid, 'SELECT') AND has_table_privilege(inbox.oid, 'DELETE')
        FROM pg_class outbox
        JOIN pg_namespace n ON n.oid = outbox.relnamespace
        LEFT JOIN pg_class inbox ON inbox.relnamespace = n.oid AND inbox.relname = 'inbox_messages' AND inbox.relkind = 'r'
        WHERE outbox.relname = 'outbox_messages' AND outbox.relkind = 'r'
        ORDER BY 1
        """;

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deliveredBefore = clock.GetUtcNow().AddDays(-options.Value.DeliveredKeepDays);
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var schemas = await SchemasAsync(connection, cancellationToken);

        DateTimeOffset? handledBefore = deliveredBefore;
        foreach (var (schema, permitted) in schemas)
        {
            if (!permitted)
            {
                // Its pending events are unknown, so no inbox record anywhere is known to be safe to delete.
                LogNotPermitted(schema);
                handledBefore = null;
                continue;
            }

            var oldestPending = await OldestPendingAsync(connection, schema, cancellationToken);
            if (oldestPending - OccurredAheadAtMost < handledBefore)
            {
                handledBefore = oldestPending - OccurredAheadAtMost;
            }
        }

        foreach (var (schema, _) in schemas.Where(found => found.Permitted))
        {
            var delivered = await DeleteAsync(connection, schema, "outbox_messages", "processed_on", deliveredBefore, cancellationToken);
            var handled = handledBefore is { } before
                ? await DeleteAsync(connection, schema, ModuleDbContext.InboxTable, "handled_on", before, cancellationToken)
                : 0;
            if (delivered + handled > 0)
            {
                LogPurged(schema, delivered, handled);
            }
        }
    }

    private static async Task<List<(string Schema, bool Permitted)>> SchemasAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(OutboxSchemas, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var schemas = new List<(string, bool)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            schemas.Add((reader.GetString(0), reader.GetBoolean(1)));
        }

        return schemas;
    }

    private static async Task<DateTimeOffset?> OldestPendingAsync(NpgsqlConnection connection, string schema, CancellationToken cancellationToken)
    {
        // The schema's name comes from the catalogue, quoted by PostgreSQL.
        await using var command = new NpgsqlCommand($"SELECT min(occurred_on) FROM {schema}.outbox_messages WHERE processed_on IS NULL", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is DateTime occurred ? new DateTimeOffset(occurred, TimeSpan.Zero) : null;
    }

    private static async Task<int> DeleteAsync(
        NpgsqlConnection connection, string schema, string table, string column, DateTimeOffset before, CancellationToken cancellationToken)
    {
        // By ctid: each statement finds at most its share in one pass and deletes exactly those rows, with no sort and no index.
        await using var command = new NpgsqlCommand(
            $"DELETE FROM {schema}.{table} WHERE ctid = ANY (ARRAY(SELECT ctid FROM {schema}.{table} WHERE {column} < $1 LIMIT {RowsAStatement}))",
            connection)
        {
            Parameters = { new() { Value = before.ToUniversalTime() } },
        };
        var total = 0;
        int deleted;
        do
        {
            deleted = await command.ExecuteNonQueryAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == RowsAStatement);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged delivered messages in {Schema}: {OutboxRows} outbox rows, {InboxRecords} inbox records")]
    private partial void LogPurged(string schema, int outboxRows, int inboxRecords);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The outbox in {Schema} cannot be read and purged by this role; no inbox record is purged until it can")]
    private partial void LogNotPermitted(string schema);
}

/// <summary>How long delivered messages are kept.</summary>
internal sealed class MessagingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Messaging";

    /// <summary>
    /// Days a delivered outbox row and an inbox record are kept: long enough to look into how an event was delivered,
    /// short enough that the copies of child-level data some events carry do not outlive their purpose.
    /// </summary>
    public int DeliveredKeepDays { get; set; } = 30;
}
