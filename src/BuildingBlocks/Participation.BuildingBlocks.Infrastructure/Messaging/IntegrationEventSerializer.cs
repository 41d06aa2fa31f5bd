using System.Text.Json;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Turns integration events into outbox rows and back, by a stable type name. A bulk writer may instead write one row
/// that names the records a batch of events announces (type name prefixed <c>records:</c>, content the records' ids);
/// the events are rebuilt from those records at delivery by the module's <see cref="IStoredEventSource"/> (ADR 10).
/// </summary>
public sealed class IntegrationEventSerializer
{
    private const string RecordsPrefix = "records:";
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

    /// <summary>One outbox row announcing, with one <typeparamref name="TEvent"/> each, records written together.</summary>
    public OutboxMessage ToOutboxMessage<TEvent>(IReadOnlyList<Guid> recordIds, DateTimeOffset occurredOn)
        where TEvent : IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        ArgumentOutOfRangeException.ThrowIfZero(recordIds.Count);
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(occurredOn),
            Type = RecordsPrefix + IntegrationEventNames.Of(typeof(TEvent)),
            Content = JsonSerializer.Serialize(recordIds, Options),
            OccurredOn = occurredOn,
        };
    }

    /// <summary>The row's events; none when no enabled module consumes that type (nothing to deliver).</summary>
    internal async Task<IReadOnlyList<IIntegrationEvent>> FromOutboxMessageAsync(OutboxMessage message, IEnumerable<IStoredEventSource> sources, CancellationToken cancellationToken)
    {
        var records = message.Type.StartsWith(RecordsPrefix, StringComparison.Ordinal);
        if (_subscriptions.EventType(records ? message.Type[RecordsPrefix.Length..] : message.Type) is not { } type)
        {
            return [];
        }

        return records
            ? await sources.Single(source => source.EventType == type).LoadAsync(JsonSerializer.Deserialize<List<Guid>>(message.Content, Options)!, cancellationToken)
            : [(IIntegrationEvent)JsonSerializer.Deserialize(message.Content, type, Options)!];
    }
}
