namespace Participation.BuildingBlocks.Application.Messaging;

/// <summary>
/// A fact one module tells the others, declared as a <c>sealed record</c> in the publishing module's Contracts.
/// It travels through the publisher's transactional outbox and is delivered at least once.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>The message id; consumers record it in their inbox so a redelivery does nothing.</summary>
    Guid Id { get; }

    /// <summary>When the fact became true.</summary>
    DateTimeOffset OccurredOn { get; }
}
