using Hangfire;
using Mediator;
using Microsoft.Extensions.Logging;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Forums.Application.Checks.FlagOverdueActions;

namespace Participation.Modules.Forums.Infrastructure.Jobs;

/// <summary>
/// The daily overdue check: items' actions and the action plan's rows, each flagged once however often it runs. An
/// officer's change to one of them committing meanwhile is read again, not a reason to fail the run.
/// </summary>
public sealed partial class FlagOverdueActionsJob(ISender sender, IServiceProvider services, ILogger<FlagOverdueActionsJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "forums:overdue-actions";

    /// <summary>07:00 UK time, before officers start the day.</summary>
    public const string Schedule = "0 7 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var flagged = await sender.SendOnceMoreIfRacedAsync(new FlagOverdueActionsCommand(), services, cancellationToken);
        Flagged(flagged.ItemActions, flagged.PlanActions);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Flagged {ItemActions} forum item actions and {PlanActions} action plan rows overdue")]
    private partial void Flagged(int itemActions, int planActions);
}
