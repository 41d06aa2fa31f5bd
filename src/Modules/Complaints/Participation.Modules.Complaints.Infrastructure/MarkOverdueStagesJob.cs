using Hangfire;
using Mediator;
using Participation.Modules.Complaints.Application.Complaints.MarkOverdueStages;

namespace Participation.Modules.Complaints.Infrastructure;

/// <summary>The daily job that marks newly overdue stages; safe to run twice (a stage is marked once).</summary>
public sealed class MarkOverdueStagesJob(ISender sender)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "complaints:mark-overdue-stages";

    /// <summary>Marks what became overdue since the last run.</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 300)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new MarkOverdueStagesCommand(), cancellationToken);
}
