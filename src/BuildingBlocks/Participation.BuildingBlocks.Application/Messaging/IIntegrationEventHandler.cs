namespace Participation.BuildingBlocks.Application.Messaging;

/// <summary>
/// A consumer of an integration event in another module. The outbox processor calls it inside the consuming
/// module's transaction, together with that module's inbox record, so each message is handled once per consumer.
/// </summary>
/// <typeparam name="TEvent">The event consumed.</typeparam>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    /// <summary>Applies the event; the changes are committed by the caller with the inbox record.</summary>
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
