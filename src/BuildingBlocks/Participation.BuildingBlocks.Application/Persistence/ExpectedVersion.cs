using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>Checks a client's <c>If-Match</c> version against the aggregate it is about to change.</summary>
public static class ExpectedVersion
{
    /// <summary>
    /// Throws <see cref="PreconditionFailedException"/> when the client read an older version. A change made after this
    /// check and before the commit is caught by the <c>xmin</c> concurrency token instead.
    /// </summary>
    public static void Ensure<TId>(AggregateRoot<TId> aggregate, uint? expectedVersion, string resource)
        where TId : notnull
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (expectedVersion is { } expected && expected != aggregate.Version)
        {
            throw new PreconditionFailedException(resource);
        }
    }
}
