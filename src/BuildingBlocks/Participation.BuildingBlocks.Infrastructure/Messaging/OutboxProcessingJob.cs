using Hangfire;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The recurring Hangfire job that runs a module's outbox processor every minute.</summary>
public sealed class OutboxProcessingJob(OutboxProcessor processor)
{
    /// <summary>
    /// Runs the processor for one module. Safe to run twice: rows are claimed, consumers are idempotent. One run at a
    /// time per module (the lock is named by the module, "{0}" being the job's first argument): a backlog in one
    /// module's outbox must not hold up the others.
    /// </summary>
    [DisableConcurrentExecution("outbox:{0}", 60)]
    [AutomaticRetry(Attempts = 0)] // the next minute's run is the retry
    public Task RunAsync(string module, CancellationToken cancellationToken) => processor.ProcessAsync(module, cancellationToken);

    /// <summary>
    /// Schedules the job for every enabled module that can publish: one that owns no assemblies (the platform modules)
    /// declares no integration events, so its outbox is never written and is not polled. The daily purge of what was
    /// delivered (<see cref="PurgeDeliveredMessagesJob"/>) covers every outbox in the database.
    /// </summary>
    public static void Schedule(IRecurringJobManager jobs, ModuleRegistry modules, RecurringJobOptions options)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(modules);
        foreach (var module in modules.Modules)
        {
            var id = $"outbox:{module.Name}";
            if (module.Assemblies.Count == 0)
            {
                // Stored by an earlier version that polled every module.
                jobs.RemoveIfExists(id);
            }
            else
            {
                jobs.AddOrUpdate<OutboxProcessingJob>(id, job => job.RunAsync(module.Name, CancellationToken.None), Cron.Minutely(), options);
            }
        }

        jobs.AddOrUpdate<PurgeDeliveredMessagesJob>(PurgeDeliveredMessagesJob.Id, job => job.RunAsync(CancellationToken.None), PurgeDeliveredMessagesJob.Daily, options);
    }
}
