using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>What every aggregate's repository offers: load one by id, and track a new one for the unit of work.</summary>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
/// <typeparam name="TId">Its strongly typed id.</typeparam>
public interface IRepository<TAggregate, in TId>
    where TAggregate : AggregateRoot<TId>
    where TId : notnull
{
    /// <summary>The aggregate, tracked for change, or null.</summary>
    Task<TAggregate?> GetAsync(TId id, CancellationToken cancellationToken);

    /// <summary>Tracks a new aggregate; it is saved with the unit of work.</summary>
    void Add(TAggregate aggregate);
}
