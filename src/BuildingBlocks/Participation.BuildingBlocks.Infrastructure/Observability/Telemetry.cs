using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Participation.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// The platform's own traces and metrics, beside ASP.NET Core's, Npgsql's and the HTTP client's: outbox delivery and
/// scheduled jobs. Tags name modules, event types and jobs, never data.
/// </summary>
public static class Telemetry
{
    /// <summary>The name of the activity source and the meter, for exporters to listen to.</summary>
    public const string Name = "Participation";

    /// <summary>Spans of outbox batches and jobs.</summary>
    public static ActivitySource Source { get; } = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Integration events delivered to every consumer, by module.</summary>
    public static Counter<long> OutboxDelivered { get; } = Meter.CreateCounter<long>("participation.outbox.delivered", "{message}", "Outbox messages delivered to every consumer");

    /// <summary>Deliveries that failed and stay pending, by module.</summary>
    public static Counter<long> OutboxFailed { get; } = Meter.CreateCounter<long>("participation.outbox.failed", "{message}", "Outbox deliveries that failed and stay pending");

    /// <summary>Scheduled job runs, by job and outcome.</summary>
    public static Histogram<double> JobDuration { get; } = Meter.CreateHistogram<double>("participation.jobs.duration", "s", "How long each scheduled job run took, by job and outcome");
}
