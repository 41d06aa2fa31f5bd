namespace Participation.BuildingBlocks.Domain;

/// <summary>
/// The consistency boundary of a module: the only entity a repository loads and saves.
/// It collects domain events, which the persistence layer publishes in the same transaction as the change.
/// </summary>
public abstract class AggregateRoot<TId> : Entity<TId>, IAggregateRoot
    where TId : notnull
{
    private readonly List<IDomainEvent> _domainEvents = [];

    /// <summary>The optimistic-concurrency version (PostgreSQL <c>xmin</c>), exposed to clients as an ETag.</summary>
    public uint Version { get; private set; }

    /// <inheritdoc />
    public IReadOnlyCollection<IDomainEvent> DomainEvents => _domainEvents;

    /// <summary>Records that something happened to this aggregate.</summary>
    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);

    /// <inheritdoc />
    public void ClearDomainEvents() => _domainEvents.Clear();
}

/// <summary>What the persistence layer needs of any aggregate, whatever its id type.</summary>
public interface IAggregateRoot
{
    /// <summary>Events raised since the aggregate was loaded or last saved.</summary>
    IReadOnlyCollection<IDomainEvent> DomainEvents { get; }

    /// <summary>Forgets the raised events once they have been published.</summary>
    void ClearDomainEvents();
}
