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
/// Accepts feedback in one transaction: a binary COPY writes the items and one outbox row names them, so that their
/// <c>FeedbackReceived</c> events (one per item, delivered one by one) are rebuilt from them at delivery (ADR 10). A
/// thousand items cost two statements, not a thousand <c>SaveChanges</c>. New items are the rule and resends the
/// exception, so the first attempt copies every item; if the unique (provider, external id) index refuses one, the
/// transaction is run again after looking up which external ids are already stored. The same retry covers a
/// concurrent request that stores one of the items first.
/// </summary>
internal sealed class FeedbackStore(CommissionedServicesDbContext context, IntegrationEventSerializer serializer) : IFeedbackStore
{
    public const string Table = "feedback_items";
    public const string Position = "Position";
    private const string QualifiedTable = $"{CommissionedServicesDbContext.SchemaName}.{Table}";
    private const int Attempts = 3;

    /// <summary>
    /// The first key of the transaction-level advisory lock one provider's intake takes (the second is the provider's
    /// id hashed); any constant no other code uses in the two-key space.
    /// </summary>
    private const int IntakeLockClass = 0x46454544;

    public async Task<IReadOnlyList<AcceptedFeedbackItem>> AcceptAsync(IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return [];
        }

        var provider = items[0].ProviderId;
        if (items.Any(item => item.ProviderId != provider))
        {
            throw new ArgumentException("A batch belongs to one provider.", nameof(items));
        }

        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AcceptOnceAsync(provider, items, lookUpStored: attempt > 1, cancellationToken);
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.UniqueViolation && attempt < Attempts)
            {
                // Some items were stored before (a resend) or by a concurrent request: look them up this time.
            }
        }
    }

    public Task<FeedbackItem?> GetAsync(ProviderId provider, Guid id, CancellationToken cancellationToken) =>
        ItemOfProvider(context, id, provider, cancellationToken);

    // Compiled once: partners read their items one at a time, and translating the LINQ again on each request (the
    // closure evaluated, the cache key computed) cost more than the query.
    private static readonly Func<CommissionedServicesDbContext, Guid, ProviderId, CancellationToken, Task<FeedbackItem?>> ItemOfProvider =
        EF.CompileAsyncQuery((CommissionedServicesDbContext context, Guid id, ProviderId provider, CancellationToken cancellationToken) =>
            context.FeedbackItems.AsNoTracking().SingleOrDefault(item => item.Id == id && item.ProviderId == provider));

    public async Task<IReadOnlyList<FeedbackItem>?> ListAsync(ProviderId provider, Guid? afterItem, int take, CancellationToken cancellationToken)
    {
        // The page is keyed by the order of acceptance, but the cursor names the provider's own last item: a position
        // would tell a provider how many items every other provider has sent.
        var after = 0L;
        if (afterItem is { } id)
        {
            var position = await context.FeedbackItems
                .Where(item => item.Id == id && item.ProviderId == provider)
                .Select(item => (long?)EF.Property<long>(item, Position))
                .FirstOrDefaultAsync(cancellationToken);
            if (position is not { } found)
            {
                return null;
            }

            after = found;
        }

        return await PageOfProvider(context, provider, after, take).ToPageAsync(take, cancellationToken);
    }

    // Compiled once, like the single item: a provider's system pages through its items, and translating the LINQ on
    // each request (the closure evaluated, the cache key computed) was a share of every page's cost.
    private static readonly Func<CommissionedServicesDbContext, ProviderId, long, int, IAsyncEnumerable<FeedbackItem>> PageOfProvider =
        EF.CompileAsyncQuery((CommissionedServicesDbContext context, ProviderId provider, long after, int take) =>
            context.FeedbackItems.AsNoTracking()
                .Where(item => item.ProviderId == provider && EF.Property<long>(item, Position) > after)
                .OrderBy(item => EF.Property<long>(item, Position))
                .Take(take));

    private async Task<IReadOnlyList<AcceptedFeedbackItem>> AcceptOnceAsync(ProviderId provider, IReadOnlyList<FeedbackItem> items, bool lookUpStored, CancellationToken cancellationToken)
    {
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        var connection = (NpgsqlConnection)context.Database.GetDbConnection();
        await TakeProviderIntakeLockAsync(connection, provider, cancellationToken);

        var stored = lookUpStored ? await StoredAsync(connection, provider, items, cancellationToken) : new Dictionary<string, Guid>(StringComparer.Ordinal);
        var fresh = items.Where(item => !stored.ContainsKey(item.ExternalId)).ToList();
        await CopyItemsAsync(connection, fresh, cancellationToken);
        await InsertOutboxAsync(connection, fresh, cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return [.. items.Select(item => stored.TryGetValue(item.ExternalId, out var id)
            ? new AcceptedFeedbackItem(item.ExternalId, id, Duplicate: true)
            : new AcceptedFeedbackItem(item.ExternalId, item.Id, Duplicate: false))];
    }

    /// <summary>
    /// Positions are drawn as the items are copied, but a provider pages its items by position: had a batch drawn its
    /// positions and committed after a later batch of the same provider, a reader who had already paged past the later
    /// one would never see it. Held until commit, this lock makes one provider's batches draw and commit in turn, so a
    /// page never shows a position while a lower one of the same provider is still to commit (docs/adr/0025-partner-feedback-pages-in-commit-order.md).
    /// Other providers' batches are not held up.
    /// </summary>
    private static async Task TakeProviderIntakeLockAsync(NpgsqlConnection connection, ProviderId provider, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({IntakeLockClass}, hashtext($1::text))", connection)
        {
            Parameters = { new() { Value = provider.Value, NpgsqlDbType = NpgsqlDbType.Uuid } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, Guid>> StoredAsync(NpgsqlConnection connection, ProviderId provider, IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        // Joined from the posted ids so that each is one probe of the unique index, however many items the provider has.
        await using var command = new NpgsqlCommand(
            $"SELECT posted.external_id, item.id FROM unnest($2) AS posted(external_id) JOIN {QualifiedTable} item ON item.provider_id = $1 AND item.external_id = posted.external_id",
            connection)
        {
            Parameters =
            {
                new() { Value = provider.Value, NpgsqlDbType = NpgsqlDbType.Uuid },
                new() { Value = items.Select(item => item.ExternalId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Varchar },
            },
        };
        var stored = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored[reader.GetString(0)] = reader.GetGuid(1);
        }

        return stored;
    }

    private static async Task CopyItemsAsync(NpgsqlConnection connection, IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {QualifiedTable} (id, provider_id, external_id, received_on, audience, cohorts, service_area, channel, rating, comment, consent_to_quote, suggested_themes, accepted_on) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        foreach (var item in items)
        {
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
            await copy.WriteAsync(item.ConsentToQuote, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(item.SuggestedThemes.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(item.AcceptedOn, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private async Task InsertOutboxAsync(NpgsqlConnection connection, IReadOnlyList<FeedbackItem> items, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var message = serializer.ToOutboxMessage<FeedbackReceived>([.. items.Select(item => item.Id)], items[0].AcceptedOn);
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {CommissionedServicesDbContext.SchemaName}.outbox_messages (id, type, content, occurred_on, failed_attempts) VALUES ($1, $2, $3, $4, 0)",
            connection)
        {
            Parameters =
            {
                new() { Value = message.Id },
                new() { Value = message.Type },
                new() { Value = message.Content, NpgsqlDbType = NpgsqlDbType.Json },
                new() { Value = message.OccurredOn },
            },
        };
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
