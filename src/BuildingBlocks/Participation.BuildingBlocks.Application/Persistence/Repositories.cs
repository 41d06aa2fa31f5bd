using System.Text.RegularExpressions;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>Load-or-404, with the client's <c>If-Match</c> version checked: the first line of every handler that changes an aggregate.</summary>
public static partial class Repositories
{
    /// <summary>The aggregate, or <see cref="NotFoundException"/> (404) naming its kind, e.g. "service area".</summary>
    public static async Task<TAggregate> LoadAsync<TAggregate, TId>(this IRepository<TAggregate, TId> repository, TId id, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot<TId>
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(repository);
        return await repository.GetAsync(id, cancellationToken)
            ?? throw new NotFoundException(ResourceNames<TAggregate>.Name, id is IStronglyTypedId typed ? typed.Value : id);
    }

    /// <summary>
    /// As <see cref="LoadAsync{TAggregate,TId}(IRepository{TAggregate,TId},TId,CancellationToken)"/>, then
    /// <see cref="PreconditionFailedException"/> (412) when the client read an older version than the one loaded.
    /// </summary>
    public static async Task<TAggregate> LoadAsync<TAggregate, TId>(this IRepository<TAggregate, TId> repository, TId id, uint? expectedVersion, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot<TId>
        where TId : notnull
    {
        var aggregate = await repository.LoadAsync(id, cancellationToken);
        ExpectedVersion.Ensure(aggregate, expectedVersion, ResourceNames<TAggregate>.Name);
        return aggregate;
    }

    /// <summary>
    /// As <see cref="LoadAsync{TAggregate,TId}(IRepository{TAggregate,TId},TId,uint?,CancellationToken)"/>, for an
    /// aggregate addressed under its owner (a forum's member, a provider's return): one that is not
    /// <paramref name="owned"/> is not found (404), checked before the version so a 412 never tells another owner's exists.
    /// </summary>
    public static async Task<TAggregate> LoadOwnedAsync<TAggregate, TId>(
        this IRepository<TAggregate, TId> repository, TId id, Func<TAggregate, bool> owned, uint? expectedVersion, CancellationToken cancellationToken)
        where TAggregate : AggregateRoot<TId>
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(owned);
        var aggregate = await repository.GetAsync(id, cancellationToken);
        if (aggregate is null || !owned(aggregate))
        {
            throw new NotFoundException(ResourceNames<TAggregate>.Name, id is IStronglyTypedId typed ? typed.Value : id);
        }

        ExpectedVersion.Ensure(aggregate, expectedVersion, ResourceNames<TAggregate>.Name);
        return aggregate;
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex WordBoundary();

    /// <summary>The aggregate's type name in words, worked out once per type: <c>ServiceArea</c> is "service area".</summary>
    private static class ResourceNames<TAggregate>
    {
        public static readonly string Name = WordBoundary().Replace(typeof(TAggregate).Name, " $1").ToLowerInvariant();
    }
}
