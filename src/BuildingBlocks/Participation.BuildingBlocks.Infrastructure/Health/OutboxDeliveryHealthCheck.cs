using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Health;

/// <summary>
/// Degraded while any module's outbox holds an event its delivery has failed <see cref="FailedAttempts"/> times or
/// more: such an event is retried for ever (nothing acknowledged is dropped, docs/adr/0003-outbox-delivery-with-per-consumer-inbox.md),
/// so someone must look at why a consumer refuses it. Degraded, never unhealthy: the instance still serves requests,
/// and whether the database answers is the <c>database</c> check's to say.
/// </summary>
internal sealed partial class OutboxDeliveryHealthCheck(IServiceScopeFactory scopes, ModuleRegistry modules, ILogger<OutboxDeliveryHealthCheck> logger) : IHealthCheck
{
    /// <summary>Failed attempts after which a pending event is reported: ten runs of the minute-by-minute delivery.</summary>
    public const int FailedAttempts = 10;

    /// <summary>An event still pending after that many failed attempts; each outbox has a partial index of exactly these.</summary>
    public static readonly Expression<Func<OutboxMessage, bool>> FailingDelivery =
        message => message.ProcessedOn == null && message.FailedAttempts >= FailedAttempts;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var stuck = new List<string>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            foreach (var module in modules.Modules)
            {
                var outbox = ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType)).OutboxMessages;
                var failing = await outbox.CountAsync(FailingDelivery, cancellationToken);
                if (failing > 0)
                {
                    stuck.Add($"{module.Name} {failing}");
                }
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The answer is public: the exception's message (an address, a role, a pool size) stays in the log.
            LogNotChecked(exception.GetType().Name);
            return HealthCheckResult.Degraded("Outbox delivery could not be checked.");
        }

        return stuck.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Degraded($"Outbox events failing delivery {FailedAttempts} times or more, by module: {string.Join(", ", stuck)}.");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox delivery could not be checked ({ExceptionType})")]
    private partial void LogNotChecked(string exceptionType);
}
