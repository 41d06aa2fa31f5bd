using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.ContactsToErase;

internal sealed class ContactsToEraseQueryHandler(ICaseClosureRepository closures, IOptions<ClosedCasesOptions> options, TimeProvider clock) : IQueryHandler<ContactsToEraseQuery, IReadOnlyList<Guid>>
{
    public const int Batch = 1000;

    public async ValueTask<IReadOnlyList<Guid>> Handle(ContactsToEraseQuery query, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var keepDays = options.Value.ContactKeepDays;
        var holding = await closures.HoldingContactAsync(today.AddDays(-keepDays), Batch, cancellationToken);
        return [.. holding.Where(closure => closure.ContactNoLongerNeeded(today, keepDays)).Select(closure => closure.Id.Value)];
    }
}
