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

            try
            {
                if ((await database.GetPendingMigrationsAsync(cancellationToken)).Any())
                {
                    return HealthCheckResult.Unhealthy($"Module {module.Name} has pending migrations.");
                }
            }
            catch (Exception exception) when (exception is Npgsql.NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // The anonymous readiness answer says what failed, never the server's own words (host, port, role).
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }
        }

        return HealthCheckResult.Healthy();
    }
}
