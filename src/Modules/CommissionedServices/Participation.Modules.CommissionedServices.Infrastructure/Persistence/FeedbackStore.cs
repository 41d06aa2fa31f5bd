using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Feedback;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

/// <summary>
/// Accepts feedback with one binary COPY into a temporary table and one statement that inserts the new items
/// (skipping known (provider, external id) pairs) and their <c>FeedbackReceived</c> outbox rows: a batch of a
/// thousand is one round trip of data and one transaction, not a thousand <c>SaveChanges</c>.
/// </summary>
internal sealed class FeedbackStore(CommissionedServicesDbContext context) : IFeedbackStore
{
    public const string Table = "feedback_items";
    public const string Position = "Position";

    private static readonly string EventType = IntegrationEventNames.Of(typeof(FeedbackReceived));

    public async Task<IReadOnlyList<AcceptedFeedbackItem>> AcceptAsync(IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();

        await using (var create = new NpgsqlCommand(
            $"CREATE TEMP TABLE incoming (LIKE {CommissionedServicesDbContext.SchemaName}.{Table} INCLUDING DEFAULTS) ON COMMIT DROP; ALTER TABLE incoming DROP COLUMN position; ALTER TABLE incoming ADD COLUMN ordinal integer",
            connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await CopyAsync(connection, items, cancellationToken);

        var accepted = new List<AcceptedFeedbackItem>(items.Count);
        await using (var insert = new NpgsqlCommand(InsertSql, connection) { Parameters = { new() { Value = EventType } } })
        await using (var reader = await insert.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                accepted.Add(new AcceptedFeedbackItem(reader.GetString(0), reader.GetGuid(1), reader.GetBoolean(2)));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return accepted;
    }

    public Task<FeedbackItem?> GetAsync(ProviderId provider, Guid id, CancellationToken cancellationToken) =>
        context.FeedbackItems.AsNoTracking().SingleOrDefaultAsync(item => item.Id == id && item.ProviderId == provider, cancellationToken);

    public async Task<IReadOnlyList<(FeedbackItem Item, long Position)>> ListAsync(ProviderId provider, long after, int take, CancellationToken cancellationToken)
    {
        var rows = await context.FeedbackItems.AsNoTracking()
            .Where(item => item.ProviderId == provider && EF.Property<long>(item, Position) > after)
            .OrderBy(item => EF.Property<long>(item, Position))
            .Take(take)
            .Select(item => new { Item = item, Position = EF.Property<long>(item, Position) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => (row.Item, row.Position))];
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY incoming (id, provider_id, external_id, received_on, audience, cohorts, service_area, channel, rating, comment, suggested_themes, accepted_on, ordinal) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var ordinal = 0; ordinal < items.Count; ordinal++)
        {
            var item = items[ordinal];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(item.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(item.ProviderId.Value, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(item.ExternalId, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(item.ReceivedOn, NpgsqlDbType.Date, cancellationToken);
            await copy.WriteAsync(KebabCodes<Audience>.ToCode(item.Audience), NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(item.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(item.ServiceArea, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(KebabCodes<Channel>.ToCode(item.Channel), NpgsqlDbType.Varchar, cancellationToken);
            await (item.Rating is { } rating ? copy.WriteAsync((short)rating, NpgsqlDbType.Smallint, cancellationToken) : copy.WriteNullAsync(cancellationToken));
            await (item.Comment is { } comment ? copy.WriteAsync(comment, NpgsqlDbType.Varchar, cancellationToken) : copy.WriteNullAsync(cancellationToken));
            await copy.WriteAsync(item.SuggestedThemes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(item.AcceptedOn, NpgsqlDbType.TimestampTz, cancellationToken);
            await copy.WriteAsync(ordinal, NpgsqlDbType.Integer, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>
    /// New items go in with their outbox rows (the event's JSON in the serializer's camelCase shape); the final select
    /// answers every posted item, in posted order, with the id stored now or before.
    /// </summary>
    private const string InsertSql = $"""
        WITH inserted AS (
            INSERT INTO {CommissionedServicesDbContext.SchemaName}.{Table}
                (id, provider_id, external_id, received_on, audience, cohorts, service_area, channel, rating, comment, suggested_themes, accepted_on)
            SELECT id, provider_id, external_id, received_on, audience, cohorts, service_area, channel, rating, comment, suggested_themes, accepted_on
            FROM incoming ORDER BY ordinal
            ON CONFLICT (provider_id, external_id) DO NOTHING
            RETURNING *
        ), events AS (
            SELECT gen_random_uuid() AS message_id, inserted.* FROM inserted
        ), outbox AS (
            INSERT INTO {CommissionedServicesDbContext.SchemaName}.outbox_messages (id, type, content, occurred_on, failed_attempts)
            SELECT message_id, $1, jsonb_build_object(
                    'id', message_id, 'occurredOn', accepted_on, 'feedbackId', id, 'providerId', provider_id,
                    'receivedOn', received_on, 'audience', audience, 'cohorts', to_jsonb(cohorts),
                    'serviceArea', service_area, 'channel', channel, 'rating', rating,
                    'suggestedThemes', to_jsonb(suggested_themes)),
                accepted_on, 0
            FROM events
        )
        SELECT incoming.external_id, coalesce(inserted.id, existing.id), inserted.id IS NULL
        FROM incoming
        LEFT JOIN inserted ON inserted.external_id = incoming.external_id
        LEFT JOIN {CommissionedServicesDbContext.SchemaName}.{Table} AS existing
            ON existing.provider_id = incoming.provider_id AND existing.external_id = incoming.external_id
        ORDER BY incoming.ordinal
        """;
}
