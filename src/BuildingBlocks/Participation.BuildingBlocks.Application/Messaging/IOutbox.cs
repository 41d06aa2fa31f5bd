namespace Participation.BuildingBlocks.Application.Messaging;

/// <summary>Stores integration events in the publishing module's outbox, inside the current unit of work.</summary>
public interface IOutbox
{
    /// <summary>Adds the event to the outbox of the module whose Contracts declare it; it is saved with the unit of work.</summary>
    void Enqueue(IIntegrationEvent integrationEvent);
}
