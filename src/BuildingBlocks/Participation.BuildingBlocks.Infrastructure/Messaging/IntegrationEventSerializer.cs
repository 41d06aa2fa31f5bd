using System.Text.Json;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Turns integration events into outbox rows and back, by a stable type name.</summary>
internal sealed class IntegrationEventSerializer(IntegrationEventSubscriptions subscriptions, TimeProvider time)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public OutboxMessage ToOutboxMessage(IIntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.Id,
        Type = IntegrationEventNames.Of(integrationEvent.GetType()),
        Content = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), Options),
        OccurredOn = integrationEvent.OccurredOn == default ? time.GetUtcNow() : integrationEvent.OccurredOn,
    };

    /// <summary>The event, or null when no enabled module consumes that type (nothing to deliver).</summary>
    public IIntegrationEvent? FromOutboxMessage(OutboxMessage message) =>
        subscriptions.EventType(message.Type) is { } type
            ? (IIntegrationEvent?)JsonSerializer.Deserialize(message.Content, type, Options)
            : null;

}
