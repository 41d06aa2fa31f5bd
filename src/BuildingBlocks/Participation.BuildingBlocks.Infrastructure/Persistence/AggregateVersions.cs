using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>An aggregate's version is its row's <c>xmin</c>: moved by any write of the row.</summary>
public static class AggregateVersions
{
    /// <summary>
    /// Writes the aggregate's row with the unit of work even though nothing of it changed, under the version it was read
    /// at: the save fails (<see cref="DbUpdateConcurrencyException"/>) if the aggregate changed meanwhile, and a
    /// concurrent change of it waits for this commit and then fails in turn. Writing one column back as it is makes EF
    /// Core update the row under its concurrency token and read the new version back.
    /// </summary>
    public static void WriteUnderVersion(EntityEntry aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        if (aggregate.State == EntityState.Unchanged)
        {
            aggregate.Properties.First(property => property.Metadata is { ValueGenerated: Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.Never, IsConcurrencyToken: false } && !property.Metadata.IsKey()).IsModified = true;
        }
    }
}
