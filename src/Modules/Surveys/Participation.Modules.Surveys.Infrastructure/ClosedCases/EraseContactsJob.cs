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
        Guid? after = null;
        do
        {
            ContactsToErase batch;
            await using (var scope = scopes.CreateAsyncScope())
            {
                batch = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ContactsToEraseQuery(after), cancellationToken);
            }

            if (batch.Due.Count > 0)
            {
                await audit.RecordAsync(Id, Operation, batch.Due.Select(id => id.ToString()));
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<ISender>().Send(new EraseContactsCommand(batch.Due), cancellationToken);
            }

            after = batch.Next;
        }
        while (after is not null);
    }
}
