using System.Text.Json;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Turns integration events into outbox rows and back, by a stable type name: the one JSON shape the processor reads,
/// also for rows a module bulk-writes itself. A bulk writer may put many events of one type in one row (a JSON
/// array, type name prefixed <c>batch:</c>); each is still delivered, and de-duplicated by consumers, on its own id.
/// </summary>
public sealed class IntegrationEventSerializer
{
    private const string BatchPrefix = "batch:";
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
    private readonly IntegrationEventSubscriptions _subscriptions;
    private readonly TimeProvider _time;

    internal IntegrationEventSerializer(IntegrationEventSubscriptions subscriptions, TimeProvider time)
    {
        _subscriptions = subscriptions;
        _time = time;
    }

    /// <summary>The outbox row of an event.</summary>
    public OutboxMessage ToOutboxMessage(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        return new OutboxMessage
        {
            Id = integrationEvent.Id,
            Type = IntegrationEventNames.Of(integrationEvent.GetType()),
            Content = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options),
            OccurredOn = integrationEvent.OccurredOn == default ? _time.GetUtcNow() : integrationEvent.OccurredOn,
        };
    }

    /// <summary>One outbox row for events of one type written together, e.g. a thousand items of one batch.</summary>
    public OutboxMessage ToOutboxMessage<TEvent>(IReadOnlyList<TEvent> batch)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentOutOfRangeException.ThrowIfZero(batch.Count);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            Type = BatchPrefix + IntegrationEventNames.Of(typeof(TEvent)),
            Content = JsonSerializer.Serialize(batch, Options),
            OccurredOn = batch[0].OccurredOn,
        };
    }

    /// <summary>The row's events; none when no enabled module consumes that type (nothing to deliver).</summary>
    internal IReadOnlyList<IIntegrationEvent> FromOutboxMessage(OutboxMessage message)
    {
        var batch = message.Type.StartsWith(BatchPrefix, StringComparison.Ordinal);
        if (_subscriptions.EventType(batch ? message.Type[BatchPrefix.Length..] : message.Type) is not { } type)
        {
            return [];
        }

        return batch
            ? [.. ((System.Collections.IEnumerable)JsonSerializer.Deserialize(message.Content, typeof(List<>).MakeGenericType(type), Options)!).Cast<IIntegrationEvent>()]
            : [(IIntegrationEvent)JsonSerializer.Deserialize(message.Content, type, Options)!];
    }
}
