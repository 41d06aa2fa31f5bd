using Hangfire;
using Mediator;
using Participation.Modules.Surveys.Application.Retention.PurgeExpiredAnswers;

namespace Participation.Modules.Surveys.Infrastructure;

/// <summary>The daily retention job for survey answers; safe to run twice (what is gone stays gone).</summary>
public sealed class PurgeExpiredAnswersJob(ISender sender)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "surveys:purge-expired-answers";

    /// <summary>03:30 UK time, when no one is answering or reading results.</summary>
    public const string Schedule = "30 3 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await sender.Send(new PurgeExpiredAnswersCommand(), cancellationToken);
}
