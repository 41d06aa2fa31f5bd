using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Observability;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Delivers a module's pending outbox rows and marks them processed. Rows are claimed with
/// <c>FOR UPDATE SKIP LOCKED</c>, so two processors never deliver the same row at once; a crash after delivery
/// and before the mark leaves the row pending, and the consumers' inboxes make the redelivery a no-op.
/// </summary>
public sealed partial class OutboxProcessor
{
    /// <summary>Rows claimed per transaction.</summary>
    public const int BatchSize = 100;

    private readonly IServiceScopeFactory _scopes;
    private readonly ModuleRegistry _modules;
    private readonly TimeProvider _time;
    private readonly ILogger<OutboxProcessor> _logger;

    /// <summary>Creates the processor.</summary>
    public OutboxProcessor(IServiceScopeFactory scopes, ModuleRegistry modules, TimeProvider time, ILogger<OutboxProcessor> logger)
    {
        _scopes = scopes;
        _modules = modules;
        _time = time;
        _logger = logger;
    }

    /// <summary>Delivers pending messages of the module until none is left; returns how many were delivered.</summary>
    public async Task<int> ProcessAsync(string moduleName, CancellationToken cancellationToken)
    {
        var total = 0;
        // Rows that failed in this run are not claimed again in it: they would head every batch (the oldest first), a
        // hundred of them would hold back every newer event, and each would count a failed attempt a batch, not a run.
        var failed = new List<Guid>();
        int claimed;
        do
        {
            (claimed, var delivered) = await ProcessBatchAsync(_modules.Named(moduleName), failed, cancellationToken);
            total += delivered;
        }
        while (claimed == BatchSize);

        return total;
    }

    /// <summary>
    /// How many of the module's messages have not had a first delivery attempt, counting those another processor holds
    /// at this moment (which <see cref="ProcessAsync"/> skips rather than waits for).
    /// </summary>
    public async Task<int> WaitingAsync(string moduleName, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(_modules.Named(moduleName).DbContextType);
        return await context.OutboxMessages.CountAsync(message => message.ProcessedOn == null && message.FailedAttempts == 0, cancellationToken);
    }

    private async Task<(int Claimed, int Delivered)> ProcessBatchAsync(ModuleDescriptor module, List<Guid> failed, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Source.StartActivity($"outbox {module.Name}");
        var moduleTag = new KeyValuePair<string, object?>("module", module.Name);
        await using var scope = _scopes.CreateAsyncScope();
        var context = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
        var serializer = scope.ServiceProvider.GetRequiredService<IntegrationEventSerializer>();
        var delivery = scope.ServiceProvider.GetRequiredService<IntegrationEventDelivery>();
        var sources = scope.ServiceProvider.GetServices<IStoredEventSource>();
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

#pragma warning disable EF1002 // The schema is the module's own constant, never input.
        var pending = await context.OutboxMessages
            .FromSqlRaw(
                $"SELECT * FROM \"{context.Schema}\".outbox_messages WHERE processed_on IS NULL AND NOT (id = ANY(@failed)) ORDER BY occurred_on LIMIT {BatchSize} FOR UPDATE SKIP LOCKED",
                new NpgsqlParameter<Guid[]>("failed", [.. failed]))
            .ToListAsync(cancellationToken);
#pragma warning restore EF1002

        var delivered = 0;
        foreach (var message in pending)
        {
            try
            {
                await delivery.DeliverAsync(await serializer.FromOutboxMessageAsync(message, sources, cancellationToken), cancellationToken);

                message.ProcessedOn = _time.GetUtcNow();
                delivered++;
                Telemetry.OutboxDelivered.Add(1, moduleTag);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Left pending for the next run; only the exception type is kept, as its message may quote data.
                message.FailedAttempts++;
                message.LastError = exception.GetType().FullName;
                failed.Add(message.Id);
                LogDeliveryFailed(module.Name, message.Id, message.Type, exception.GetType().Name);
                Telemetry.OutboxFailed.Add(1, moduleTag);
            }
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        activity?.SetTag("participation.outbox.claimed", pending.Count);
        activity?.SetTag("participation.outbox.delivered", delivered);
        return (pending.Count, delivered);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox of {Module}: delivering message {MessageId} ({MessageType}) failed with {ExceptionType}; it stays pending")]
    private partial void LogDeliveryFailed(string module, Guid messageId, string messageType, string exceptionType);
}
