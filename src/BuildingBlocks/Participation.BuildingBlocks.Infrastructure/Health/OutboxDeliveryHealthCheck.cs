using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Health;

/// <summary>
/// Degraded while any module's outbox holds an event its delivery has failed <see cref="FailedAttempts"/> times or
/// more: such an event is retried for ever (nothing acknowledged is dropped, docs/adr/0003-outbox-delivery-with-per-consumer-inbox.md),
/// so someone must look at why a consumer refuses it. Degraded, not unhealthy: the instance still serves requests.
/// </summary>
internal sealed class OutboxDeliveryHealthCheck(IServiceScopeFactory scopes, ModuleRegistry modules) : IHealthCheck
{
    /// <summary>Failed attempts after which a pending event is reported: ten minutes of the minute-by-minute delivery.</summary>
    public const int FailedAttempts = 10;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var stuck = new List<string>();
        foreach (var module in modules.Modules)
        {
            var outbox = ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType)).OutboxMessages;
            var failing = await outbox.CountAsync(message => message.ProcessedOn == null && message.FailedAttempts >= FailedAttempts, cancellationToken);
            if (failing > 0)
            {
                stuck.Add($"{module.Name} {failing}");
            }
        }

        return stuck.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"Outbox events failing delivery {FailedAttempts} times or more, by module: {string.Join(", ", stuck)}.");
    }
}
