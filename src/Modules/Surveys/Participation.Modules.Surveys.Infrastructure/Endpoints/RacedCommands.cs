using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

/// <summary>
/// Commands that two callers may race on (the same link answered twice at once, the same event or closure posted
/// twice, an opt-out double-clicked): the one that lost on the row version or the unique index is asked once more in a
/// fresh unit of work, where it finds the winner's work and answers as a repeat (the same receipt, or 409 if it differs).
/// </summary>
internal static class RacedCommands
{
    public static async Task<TResponse> SendOnceMoreIfRacedAsync<TResponse>(this ISender sender, ICommand<TResponse> command, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var again = scopes.CreateAsyncScope();
            return await again.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
        }
    }
}
