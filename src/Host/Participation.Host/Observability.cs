using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Participation.BuildingBlocks.Infrastructure.Observability;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.Host;

/// <summary>Logs that carry trace and span ids, OpenTelemetry traces and metrics, and health answers that say what failed.</summary>
internal static class Observability
{
    /// <summary>
    /// JSON logs with the trace and span ids of the request (a partner's <c>traceId</c> finds its lines) and no
    /// respondent's link token (<see cref="LinkTokens"/>); metrics from ASP.NET Core, Npgsql, the HTTP client, the
    /// runtime, the outbox and the jobs on a Prometheus scrape endpoint (<see cref="MapMetrics"/>); and, when
    /// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, traces of the same and an OTLP exporter for both.
    /// </summary>
    public static WebApplicationBuilder AddParticipationObservability(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.Configure(logging => logging.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        builder.Logging.AddJsonConsole(json =>
        {
            json.UseUtcTimestamp = true;
            json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            json.IncludeScopes = true;
        });

        var console = builder.Services.Single(service => service.ServiceType == typeof(ILoggerProvider) && service.ImplementationType == typeof(ConsoleLoggerProvider));
        builder.Services.Remove(console);
        builder.Services.AddSingleton(services => LinkTokens.FromLogScopes(
            new ConsoleLoggerProvider(services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), services.GetServices<ConsoleFormatter>())));

        var telemetry = builder.Services.AddOpenTelemetry()
            .WithMetrics(metrics => metrics
                .AddMeter(Telemetry.Name)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddPrometheusExporter());
        // Traces are recorded only when there is somewhere to send them: recording spans nobody exports cost every
        // request its activity tags and Npgsql's command spans (a tenth of what a read allocated).
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            var loggers = builder.Services.Where(service => service.ServiceType == typeof(ILoggerProvider)).ToList();
            telemetry
                .WithTracing(tracing => tracing
                    .AddSource(Telemetry.Name)
                    .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpRequest = LinkTokens.FromSpan)
                    .AddHttpClientInstrumentation()
                    .AddNpgsql())
                .UseOtlpExporter();
            // The exporter exports logs too, through a provider of its own: its scopes (off unless
            // Logging:OpenTelemetry:IncludeScopes is set) are scrubbed as the console's are.
            foreach (var exported in builder.Services.Where(service => service.ServiceType == typeof(ILoggerProvider)).Except(loggers).ToList())
            {
                builder.Services.Remove(exported);
                builder.Services.AddSingleton(services => LinkTokens.FromExportedLogScopes(Create(exported, services)));
            }
        }

        return builder;
    }

    private static ILoggerProvider Create(ServiceDescriptor provider, IServiceProvider services) =>
        (ILoggerProvider)(provider.ImplementationInstance
            ?? provider.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, provider.ImplementationType!));

    /// <summary>The Prometheus scrape endpoint, <c>/metrics</c>, for Administrators.</summary>
    public static void MapMetrics(this WebApplication app) =>
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Administrators);

    /// <summary>Health as JSON: the overall status and each check's name, status and, when not healthy, why.</summary>
    public static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json; charset=utf-8";
        return JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            status = report.Status.ToString(),
            checks = report.Entries.Select(entry => new
            {
                name = entry.Key,
                status = entry.Value.Status.ToString(),
                description = entry.Value.Status == HealthStatus.Healthy ? null : entry.Value.Description,
            }),
        });
    }

    /// <summary>Options for a health endpoint answering in JSON.</summary>
    public static HealthCheckOptions Health(Func<HealthCheckRegistration, bool> predicate) =>
        new() { Predicate = predicate, ResponseWriter = WriteHealthAsync };
}
