using Hangfire;
using Mediator;
using Microsoft.Extensions.Logging;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Forums.Application.Checks.FlagAgeingOut;

namespace Participation.Modules.Forums.Infrastructure.Jobs;

/// <summary>
/// The daily ageing-out check, from each member's age band and review date (never a date of birth); each member
/// flagged once. An officer's change to one of them committing meanwhile is read again, not a reason to fail the run.
/// </summary>
public sealed partial class FlagAgeingOutJob(ISender sender, IServiceProvider services, ILogger<FlagAgeingOutJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "forums:ageing-out";

    /// <summary>07:15 UK time, after the overdue check.</summary>
    public const string Schedule = "15 7 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => Flagged(await sender.SendOnceMoreIfRacedAsync(new FlagAgeingOutCommand(), services, cancellationToken));

    [LoggerMessage(Level = LogLevel.Information, Message = "Flagged {Members} forum members as possibly ageing out")]
    private partial void Flagged(int members);
}
