using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The audit log's single writer, with group commit. A request hands its entry over and waits until the entry has
/// committed; the writer takes every entry waiting at that moment (up to <see cref="MaxBatch"/>), copies them in with
/// one binary COPY, one statement and one commit, and only then releases the requests, which send their responses.
/// So no response leaves before its audit row is durable, as before, but 64 concurrent readers share one WAL flush
/// instead of queueing for 64 (docs/adr/0008-idempotency-and-audit.md).
/// </summary>
internal sealed partial class AuditLog(NpgsqlDataSource dataSource, ILogger<AuditLog> logger) : BackgroundService
{
    /// <summary>The most entries one commit carries.</summary>
    public const int MaxBatch = 1000;

    private const string Copy =
        "COPY audit.audit_events (occurred_on, actor_scheme, actor, operation, method, route, record_id, query, item_count, status, client_address) FROM STDIN (FORMAT BINARY)";

    // Bounded: past this many waiting entries a request waits to hand its entry over, so a stalled database holds
    // requests back instead of growing the host's memory.
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10 * MaxBatch)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Records <paramref name="entry"/>; completes once it has committed, and throws if it could not be.</summary>
    public async Task RecordAsync(AuditEvent entry)
    {
        var pending = new Pending(entry);
        // Not the request's token: what the client has been told (a write it made) must be recorded even if it has gone.
        await queue.Writer.WriteAsync(pending, CancellationToken.None);
        await pending.Committed.Task;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The web server stops before this service does (it is registered last), so by the time the queue is
        // completed no request is left to hand an entry over; whatever is queued is still written.
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteAsync(batch);
            batch.Clear();
        }
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        try
        {
            await CopyAsync(batch);
            batch.ForEach(pending => pending.Committed.TrySetResult());
        }
        catch (PostgresException refused) when (batch.Count > 1 && !refused.IsTransient)
        {
            // One entry the table refuses (a value too long, say) must not fail the requests that shared its commit.
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            LogNotRecorded(batch.Count, exception.GetType().Name);
            batch.ForEach(pending => pending.Committed.TrySetException(exception));
        }
    }

    private async Task CopyAsync(List<Pending> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var copy = await connection.BeginBinaryImportAsync(Copy, CancellationToken.None);
        foreach (var entry in batch.Select(pending => pending.Entry))
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(entry.OccurredOn.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(entry.ActorScheme, NpgsqlDbType.Varchar);
            await copy.WriteAsync(entry.Actor, NpgsqlDbType.Varchar);
            await copy.WriteAsync(entry.Operation, NpgsqlDbType.Varchar);
            await copy.WriteAsync(entry.Method, NpgsqlDbType.Varchar);
            await copy.WriteAsync(entry.Route, NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, entry.RecordId, NpgsqlDbType.Varchar);
            await WriteNullableAsync(copy, entry.Query, NpgsqlDbType.Varchar);
            await (entry.ItemCount is { } count ? copy.WriteAsync(count, NpgsqlDbType.Integer) : copy.WriteNullAsync());
            await copy.WriteAsync(entry.Status, NpgsqlDbType.Integer);
            await WriteNullableAsync(copy, entry.ClientAddress, NpgsqlDbType.Varchar);
        }

        // COPY is one statement: it commits on its own, once, for the whole batch.
        await copy.CompleteAsync();
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} audit entries could not be recorded ({ExceptionType}); their requests fail")]
    private partial void LogNotRecorded(int count, string exceptionType);

    private sealed class Pending(AuditEvent entry)
    {
        public AuditEvent Entry { get; } = entry;

        // Continuations run on the thread pool, never inline on the writer's loop.
        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
