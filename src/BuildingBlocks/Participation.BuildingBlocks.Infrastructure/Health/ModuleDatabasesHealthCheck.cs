using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.BuildingBlocks.Infrastructure.Health;

/// <summary>Ready only when the database answers and every enabled module's migrations are applied.</summary>
internal sealed class ModuleDatabasesHealthCheck(IServiceScopeFactory scopes, ModuleRegistry modules) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        foreach (var module in modules.Modules)
        {
            var database = ((DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType)).Database;
            if (!await database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            if ((await database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                return HealthCheckResult.Unhealthy($"Module {module.Name} has pending migrations.");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
