using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Commands that two callers may race on (the same link answered twice at once, the same event or closure posted
/// twice, an opt-out double-clicked, a review recorded by two officers): the one that lost on the row version or the
/// unique index is asked once more in a fresh unit of work, where it finds the winner's work and answers as a repeat
/// (the same receipt, or 409 if it differs).
/// </summary>
public static class RacedCommands
{
    /// <summary>
    /// Sends the command; if it lost a race on a row version or a unique index, sends it once more in a fresh scope of
    /// <paramref name="services"/> (the request's or the job's), on behalf of the same caller.
    /// </summary>
    public static async Task<TResponse> SendOnceMoreIfRacedAsync<TResponse>(this ISender sender, ICommand<TResponse> command, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var again = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            // A new unit of work, not a new caller: who is asking (an officer recording consent, say) goes with it.
            again.ServiceProvider.GetRequiredService<RequestUser>().AttachSame(services.GetRequiredService<RequestUser>());
            again.ServiceProvider.GetRequiredService<WriteAudit>().ContinueFrom(services.GetRequiredService<WriteAudit>());
            return await again.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
        }
    }
}
