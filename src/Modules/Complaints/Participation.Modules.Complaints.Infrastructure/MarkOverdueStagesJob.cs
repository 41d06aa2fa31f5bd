using Hangfire;
using Mediator;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Complaints.Application.Complaints.MarkOverdueStages;

namespace Participation.Modules.Complaints.Infrastructure;

/// <summary>
/// The daily job that marks newly overdue stages; safe to run twice (a stage is marked once). An officer's step on one
/// of them committing meanwhile is no reason to fail the run: it is asked again, and reads that step.
/// </summary>
public sealed class MarkOverdueStagesJob(ISender sender, IServiceProvider services)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "complaints:mark-overdue-stages";

    /// <summary>Marks what became overdue since the last run.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.SendOnceMoreIfRacedAsync(new MarkOverdueStagesCommand(), services, cancellationToken);
}
