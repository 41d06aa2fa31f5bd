using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// An aggregate's version is its row's <c>xmin</c>, and its parts may live in tables of their own (a complaint's
/// stage 2, a provider's API keys). A change to such a part alone would leave the aggregate's row, so its version,
/// untouched: two concurrent changes each checked against the same state would both be saved, and a client holding the
/// old ETag would be told nothing changed. So the row of every aggregate changed only in its parts is written too, under
/// the version it was read at, just before <c>SaveChanges</c> writes (after the domain events' handlers have run).
/// </summary>
internal sealed class AggregateVersionInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless, so one serves every pooled context.</summary>
    public static AggregateVersionInterceptor Instance { get; } = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            WriteAggregatesChangedInTheirParts(context.ChangeTracker);
        }

        return ValueTask.FromResult(result);
    }

    private static void WriteAggregatesChangedInTheirParts(ChangeTracker tracker)
    {
        var entries = tracker.Entries().ToList();
        var changedParts = entries.Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && entry.Metadata.IsOwned());
        foreach (var root in changedParts.Select(part => RootOf(part, entries)).OfType<EntityEntry>().Where(root => root.Entity is IAggregateRoot).Distinct())
        {
            AggregateVersions.WriteUnderVersion(root);
        }
    }

    private static EntityEntry? RootOf(EntityEntry part, List<EntityEntry> entries)
    {
        var current = part;
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            var owner = ownership.PrincipalEntityType;
            var ownerKey = ownership.Properties.Select(property => Value(current, property.Name)).ToList();
            current = entries.FirstOrDefault(candidate => candidate.Metadata == owner
                && ownership.PrincipalKey.Properties.Select(property => Value(candidate, property.Name)).SequenceEqual(ownerKey));
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static object? Value(EntityEntry entry, string property) =>
        entry.State == EntityState.Deleted ? entry.Property(property).OriginalValue : entry.Property(property).CurrentValue;
}
