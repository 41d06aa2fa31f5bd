using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.ContactsToErase;

internal sealed class ContactsToEraseQueryHandler(ICaseClosureRepository closures, IOptions<ClosedCasesOptions> options, TimeProvider clock) : IQueryHandler<ContactsToEraseQuery, ContactsToErase>
{
    public const int Batch = 1000;

    public async ValueTask<ContactsToErase> Handle(ContactsToEraseQuery query, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var keepDays = options.Value.ContactKeepDays;
        // Some candidates are not due yet (a family on the call list keeps its number longer), so a batch may have none
        // to erase: the run pages on past them rather than stopping there.
        var holding = await closures.HoldingContactAsync(today.AddDays(-keepDays), query.After is { } after ? new CaseClosureId(after) : null, Batch, cancellationToken);
        return new ContactsToErase(
            [.. holding.Where(closure => closure.ContactNoLongerNeeded(today, keepDays)).Select(closure => closure.Id.Value)],
            holding.Count == Batch ? holding[^1].Id.Value : null);
    }
}
