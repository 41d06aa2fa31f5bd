using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.Modules.Surveys.Application.ClosedCases.Erasure.ContactsToErase;
using Participation.Modules.Surveys.Application.ClosedCases.Erasure.EraseContacts;

namespace Participation.Modules.Surveys.Infrastructure.ClosedCases;

/// <summary>
/// Erases closed-case contact details once the follow-up no longer needs them (docs/domain/closed-case-follow-up.md#contact-details),
/// a batch at a time; each erasure is in the audit log before it happens. Safe to run twice: what is erased stays erased.
/// </summary>
public sealed class EraseContactsJob(IServiceScopeFactory scopes, JobAudit audit)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "closed-cases:erase-contacts";

    /// <summary>02:30 UK time, daily.</summary>
    public const string Schedule = "30 2 * * *";

    /// <summary>The operation the audit log names.</summary>
    public const string Operation = "EraseClosedCaseContact";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<Guid> due;
            await using (var scope = scopes.CreateAsyncScope())
            {
                due = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ContactsToEraseQuery(), cancellationToken);
            }

            if (due.Count == 0)
            {
                return;
            }

            await audit.RecordAsync(Id, Operation, due.Select(id => id.ToString()));
            await using (var scope = scopes.CreateAsyncScope())
            {
                if (await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseContactsCommand(due), cancellationToken) == 0)
                {
                    return;
                }
            }
        }
    }
}
