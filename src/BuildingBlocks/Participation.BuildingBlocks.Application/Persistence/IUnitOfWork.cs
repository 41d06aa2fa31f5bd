namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>One module's pending changes, committed in one database transaction.</summary>
public interface IUnitOfWork
{
    /// <summary>Publishes pending domain events and commits every change, outbox rows included.</summary>
    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Until the result is disposed, what is read through this unit of work is not tracked for change: a query
    /// returns what it read, and nothing it read can be saved by accident.
    /// </summary>
    IDisposable ReadOnly();
}

/// <summary>Finds the unit of work of the module that owns a message type.</summary>
public interface IUnitOfWorkLocator
{
    /// <summary>The unit of work of the module whose assembly declares <paramref name="messageType"/>.</summary>
    IUnitOfWork ForMessage(Type messageType);

    /// <summary>As <see cref="ForMessage"/>, or null when no module owns the message (the platform's own queries).</summary>
    IUnitOfWork? ForMessageIfOwned(Type messageType);
}
