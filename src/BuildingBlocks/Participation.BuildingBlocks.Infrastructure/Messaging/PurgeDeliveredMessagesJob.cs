using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>
/// Deletes every module's delivered outbox rows and its consumers' inbox records once they are older than
/// <see cref="MessagingOptions.DeliveredKeepDays"/>: a delivered event is never delivered again, and otherwise both
/// tables keep, for ever, copies of what the modules already hold (docs/domain/data-protection-and-retention.md#retention).
/// Safe to run twice: what is gone stays gone.
/// </summary>
/// <remarks>
/// An inbox record is what makes a redelivery a no-op, so none may go while its event can still be delivered. A
/// record is written after its event, so every record handled before the oldest pending event of any outbox occurred
/// belongs to an event already delivered to all its consumers; only those are deleted.
/// </remarks>
internal sealed partial class PurgeDeliveredMessagesJob(
    IServiceScopeFactory scopes, ModuleRegistry modules, IOptions<MessagingOptions> options, TimeProvider clock, ILogger<PurgeDeliveredMessagesJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "messaging:purge-delivered";

    /// <summary>04:30 UK time, daily.</summary>
    public const string Daily = "30 4 * * *";

    /// <summary>
    /// Rows deleted by one statement: the first run after a long time (or after this job was added) may find millions,
    /// and one statement over them all could outlast the command timeout every time it is retried.
    /// </summary>
    public const int RowsAStatement = 10_000;

    /// <summary>
    /// How far an event's time may lie ahead of when it was written: a survey answer's event carries its UK date as
    /// midnight UTC, which in summer is an hour ahead of the clock.
    /// </summary>
    private static readonly TimeSpan OccurredAheadAtMost = TimeSpan.FromDays(2);

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var deliveredBefore = clock.GetUtcNow().AddDays(-options.Value.DeliveredKeepDays);
        await using var scope = scopes.CreateAsyncScope();
        var contexts = modules.Modules
            .Select(module => (module.Name, Context: (ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType)))
            .ToList();

        var handledBefore = deliveredBefore;
        foreach (var (_, context) in contexts)
        {
            var oldestPending = await context.OutboxMessages
                .Where(message => message.ProcessedOn == null)
                .MinAsync(message => (DateTimeOffset?)message.OccurredOn, cancellationToken);
            if (oldestPending is { } occurred && occurred - OccurredAheadAtMost < handledBefore)
            {
                handledBefore = occurred - OccurredAheadAtMost;
            }
        }

        foreach (var (name, context) in contexts)
        {
            var delivered = await DeleteAsync(
                context.OutboxMessages.Where(message => message.ProcessedOn < deliveredBefore).OrderBy(message => message.ProcessedOn), cancellationToken);
            var handled = await DeleteAsync(
                context.InboxMessages.Where(message => message.HandledOn < handledBefore).OrderBy(message => message.HandledOn), cancellationToken);
            if (delivered + handled > 0)
            {
                LogPurged(name, delivered, handled);
            }
        }
    }

    private static async Task<int> DeleteAsync<TRow>(IQueryable<TRow> rows, CancellationToken cancellationToken)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await rows.Take(RowsAStatement).ExecuteDeleteAsync(cancellationToken);
            total += deleted;
        }
        while (deleted == RowsAStatement);

        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Module}'s delivered messages: {OutboxRows} outbox rows, {InboxRecords} inbox records")]
    private partial void LogPurged(string module, int outboxRows, int inboxRecords);
}

/// <summary>How long delivered messages are kept.</summary>
internal sealed class MessagingOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Messaging";

    /// <summary>
    /// Days a delivered outbox row and an inbox record are kept: long enough to look into how an event was delivered,
    /// short enough that the copies of child-level data some events carry do not outlive their purpose.
    /// </summary>
    public int DeliveredKeepDays { get; set; } = 30;
}
