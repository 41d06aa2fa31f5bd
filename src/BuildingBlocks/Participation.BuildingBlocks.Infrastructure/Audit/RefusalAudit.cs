using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// Refused attempts (401 and 403) are recorded too: someone probing the API, or a colleague trying a route their role
/// does not allow, leaves a trace. At most <see cref="PerAddressPerMinute"/> a minute from one client address and
/// <see cref="PerMinute"/> a minute in all, so a flood cannot fill the log.
/// </summary>
public static class RefusalAudit
{
    /// <summary>Refusals recorded a minute from one client address.</summary>
    public const int PerAddressPerMinute = 10;

    /// <summary>Refusals recorded a minute in all.</summary>
    public const int PerMinute = 600;

    /// <summary>Place before authentication, so that it sees the 401s and 403s authentication and authorisation answer.</summary>
    public static IApplicationBuilder UseRefusalAudit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            await next(context);
            if (context.Response.StatusCode is not (StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden))
            {
                return;
            }

            using var lease = context.RequestServices.GetRequiredService<RefusalAuditBudget>().Limiter.AttemptAcquire(context);
            if (!lease.IsAcquired)
            {
                return;
            }

            await context.RequestServices.GetRequiredService<AuditLog>().RecordAsync(AuditEvent.Of(context, context.GetEndpoint(), context.Response.StatusCode));
        });
}

/// <summary>The recording budget of one host (<see cref="RefusalAudit"/>).</summary>
internal sealed class RefusalAuditBudget : IDisposable
{
    public PartitionedRateLimiter<HttpContext> Limiter { get; } = PartitionedRateLimiter.CreateChained(
        PartitionedRateLimiter.Create<HttpContext, string>(context => RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = RefusalAudit.PerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })),
        PartitionedRateLimiter.Create<HttpContext, string>(_ => RateLimitPartition.GetFixedWindowLimiter(
            "all",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = RefusalAudit.PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));

    public void Dispose() => Limiter.Dispose();
}
