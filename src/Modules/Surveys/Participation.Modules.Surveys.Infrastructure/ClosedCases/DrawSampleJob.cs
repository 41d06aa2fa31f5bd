using Hangfire;
using Mediator;
using Participation.Modules.Surveys.Application.ClosedCases.Sample.DrawSample;

namespace Participation.Modules.Surveys.Infrastructure.ClosedCases;

/// <summary>
/// The quarterly telephone sample: runs every morning and draws on the first working day of a quarter (or the first
/// run after it, if the host was down), once per quarter however often it runs.
/// </summary>
public sealed class DrawSampleJob(ISender sender)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "closed-cases:telephone-sample";

    /// <summary>09:00 UK time, daily, after the morning's letters; the draw itself happens once a quarter.</summary>
    public const string Schedule = "0 9 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new DrawSampleCommand(), cancellationToken);
}
