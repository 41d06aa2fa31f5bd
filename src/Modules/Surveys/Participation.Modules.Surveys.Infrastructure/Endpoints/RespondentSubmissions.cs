using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

namespace Participation.Modules.Surveys.Infrastructure.Endpoints;

/// <summary>Answers through a link, from the API or the page.</summary>
internal static class RespondentSubmissions
{
    public static async Task<SubmissionReceipt> SubmitAsync(this ISender sender, SubmitAnswersCommand command, IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        try
        {
            return await sender.Send(command, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Two submissions through one single-use link at once: the one that lost is asked again in a fresh unit of
            // work, where it finds the link answered and gets the first receipt (the same answers) or 409 (different).
            await using var again = scopes.CreateAsyncScope();
            return await again.ServiceProvider.GetRequiredService<ISender>().Send(command, cancellationToken);
        }
    }
}
