using Mediator;

namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// Something that happened inside one module. Implement it on a plain <c>sealed record</c>:
/// Mediator's source generator cannot compile generic notification wrappers.
/// </summary>
public interface IDomainEvent : INotification
{
    /// <summary>When it happened.</summary>
    DateTimeOffset OccurredOn { get; }
}
