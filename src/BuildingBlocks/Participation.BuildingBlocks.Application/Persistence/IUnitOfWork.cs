namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>One module's pending changes, committed in one database transaction.</summary>
public interface IUnitOfWork
{
    /// <summary>Publishes pending domain events and commits every change, outbox rows included.</summary>
    Task CommitAsync(CancellationToken cancellationToken);
}

/// <summary>Finds the unit of work of the module that owns a message type.</summary>
public interface IUnitOfWorkLocator
{
    /// <summary>The unit of work of the module whose assembly declares <paramref name="messageType"/>.</summary>
    IUnitOfWork ForMessage(Type messageType);
}
