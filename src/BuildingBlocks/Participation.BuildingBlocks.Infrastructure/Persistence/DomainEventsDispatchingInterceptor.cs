using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Participation.BuildingBlocks.Domain;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Publishes the domain events of tracked aggregates just before <c>SaveChanges</c> writes, so whatever their
/// handlers change (outbox rows included) is saved in the same transaction. Handlers may raise further events;
/// they are published in turn until none is left.
/// </summary>
internal sealed class DomainEventsDispatchingInterceptor(IPublisher publisher) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await PublishPendingAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save module changes with SaveChangesAsync: domain event handlers are asynchronous.");

    private async Task PublishPendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        while (true)
        {
            var aggregates = context.ChangeTracker.Entries<IAggregateRoot>()
                .Select(entry => entry.Entity)
                .Where(aggregate => aggregate.DomainEvents.Count > 0)
                .ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(aggregate => aggregate.DomainEvents).ToList();
            aggregates.ForEach(aggregate => aggregate.ClearDomainEvents());
            foreach (var domainEvent in events)
            {
                await publisher.Publish(domainEvent, cancellationToken);
            }
        }
    }
}
