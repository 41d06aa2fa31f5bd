using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Participation.BuildingBlocks.Infrastructure.Health;

/// <summary>Ready only when Hangfire's storage answers a query.</summary>
internal sealed class HangfireStorageHealthCheck(JobStorage storage) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            storage.GetMonitoringApi().GetStatistics();
            return Task.FromResult(HealthCheckResult.Healthy());
        }
#pragma warning disable CA1031 // any storage failure means not ready
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Hangfire storage does not answer.", exception));
        }
    }
}
