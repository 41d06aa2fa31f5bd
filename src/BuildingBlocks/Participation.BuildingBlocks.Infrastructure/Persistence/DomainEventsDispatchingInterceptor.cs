using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Publishes the domain events of tracked aggregates just before <c>SaveChanges</c> writes, so whatever their
/// handlers change (outbox rows included) is saved in the same transaction. Handlers may raise further events;
/// they are published in turn until none is left, through the mediator of the scope that leased the context.
/// </summary>
internal sealed class DomainEventsDispatchingInterceptor : SaveChangesInterceptor
{
    /// <summary>Stateless, so one serves every pooled context.</summary>
    public static DomainEventsDispatchingInterceptor Instance { get; } = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is ModuleDbContext context)
        {
            await context.PublishDomainEventsAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save module changes with SaveChangesAsync: domain event handlers are asynchronous.");
}
