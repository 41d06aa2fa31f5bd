using System.Diagnostics;
using Hangfire.Server;

namespace Participation.BuildingBlocks.Infrastructure.Observability;

/// <summary>A span and a duration measurement for every job Hangfire runs, named by the job's type and method.</summary>
internal sealed class JobTelemetryFilter : IServerFilter
{
    private const string ActivityKey = "participation.activity";
    private const string StartedKey = "participation.started";

    public void OnPerforming(PerformingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[ActivityKey] = Telemetry.Source.StartActivity($"job {JobName(context)}", ActivityKind.Internal);
        context.Items[StartedKey] = Stopwatch.GetTimestamp();
    }

    public void OnPerformed(PerformedContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var outcome = context.Exception is null ? "succeeded" : "failed";
        if (context.Items.TryGetValue(StartedKey, out var started) && started is long timestamp)
        {
            Telemetry.JobDuration.Record(
                Stopwatch.GetElapsedTime(timestamp).TotalSeconds,
                new KeyValuePair<string, object?>("job", JobName(context)),
                new KeyValuePair<string, object?>("outcome", outcome));
        }

        if (context.Items.TryGetValue(ActivityKey, out var item) && item is Activity activity)
        {
            activity.SetStatus(context.Exception is null ? ActivityStatusCode.Ok : ActivityStatusCode.Error, context.Exception?.GetType().Name);
            activity.Dispose();
        }
    }

    private static string JobName(PerformContext context) =>
        $"{context.BackgroundJob.Job.Type.Name}.{context.BackgroundJob.Job.Method.Name}";
}
