using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Hands an integration event to each subscribed consumer, each in its own scope and its own module's
/// transaction together with the inbox record: a consumer that has the message in its inbox is skipped,
/// so delivering the same message again (at-least-once) changes nothing.
/// </summary>
internal sealed class IntegrationEventDelivery(
    IServiceScopeFactory scopes,
    ModuleRegistry modules,
    IntegrationEventSubscriptions subscriptions,
    TimeProvider time)
{
    /// <summary>
    /// Delivers every event to every consumer, each attempt on its own: one consumer failing on one event (for good,
    /// say) does not hold back the other events of a batch row or the other consumers. Throws the first failure after
    /// all were tried, so the row stays pending; the next run finds the delivered ones in their inboxes.
    /// </summary>
    public async Task DeliverAsync(IEnumerable<IIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        ExceptionDispatchInfo? failure = null;
        foreach (var integrationEvent in integrationEvents)
        {
            foreach (var subscription in subscriptions.For(IntegrationEventNames.Of(integrationEvent.GetType())))
            {
                try
                {
                    await DeliverToAsync(subscription, integrationEvent, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    failure ??= ExceptionDispatchInfo.Capture(exception);
                }
            }
        }

        failure?.Throw();
    }

    private async Task DeliverToAsync(IntegrationEventSubscription subscription, IIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var consumer = IntegrationEventNames.Of(subscription.HandlerType);
        await using var scope = scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(modules.Owning(subscription.HandlerType).DbContextType);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var handled = await context.InboxMessages.AnyAsync(
            message => message.MessageId == integrationEvent.Id && message.Consumer == consumer,
            cancellationToken);
        if (handled)
        {
            return;
        }

        await subscription.Handle(scope.ServiceProvider, integrationEvent, cancellationToken);
        context.InboxMessages.Add(new InboxMessage { MessageId = integrationEvent.Id, Consumer = consumer, HandledOn = time.GetUtcNow() });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, TableName: ModuleDbContext.InboxTable })
        {
            // A concurrent delivery of the same message committed first: its effects stand, ours roll back. A unique
            // violation anywhere else (another message creating the same read-model row first) is not a delivery of this
            // one: it propagates, and the message stays pending to be delivered again, when the consumer finds that row.
            await transaction.RollbackAsync(cancellationToken);
        }
    }
}
