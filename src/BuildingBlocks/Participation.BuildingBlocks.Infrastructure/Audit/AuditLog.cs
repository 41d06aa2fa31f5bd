using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// The audit log's single writer, with group commit: a request's entry is copied in with the entries of concurrent
/// requests, one binary COPY, one statement and one commit, and the request is released only once it has committed.
/// So no response leaves before its audit row is durable, but 64 concurrent readers share one WAL flush instead of
/// queueing for 64 (docs/adr/0008-idempotency-and-audit.md).
/// </summary>
internal sealed class AuditLog(NpgsqlDataSource dataSource, ILogger<AuditLog> logger) : GroupCommitWriter<AuditEvent, bool>(logger)
{
    private const string Copy =
        "COPY audit.audit_events (occurred_on, actor_scheme, actor, operation, method, route, record_id, query, item_count, status, client_address) FROM STDIN (FORMAT BINARY)";

    /// <inheritdoc />
    protected override string EntriesName => "audit entries";

    /// <summary>Records <paramref name="entry"/>; completes once it has committed, and throws if it could not be.</summary>
    public Task RecordAsync(AuditEvent entry) => WriteAsync(entry);

    /// <inheritdoc />
    protected override async Task<IReadOnlyList<bool>> CommitAsync(IReadOnlyList<AuditEvent> batch)
    {
        await using var connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        await using var copy = await connection.BeginBinaryImportAsync(Copy, CancellationToken.None);
        foreach (var entry in batch)
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
        return [.. batch.Select(_ => true)];
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);
}
