using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.CommissionedServices.Application.Returns.MarkOverdueReturns;

internal sealed class MarkOverdueReturnsCommandHandler(IReturnRepository returns, TimeProvider clock) : ICommandHandler<MarkOverdueReturnsCommand, int>
{
    public async ValueTask<int> Handle(MarkOverdueReturnsCommand command, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        return (await returns.UnsubmittedAsync(cancellationToken)).Count(found => found.MarkOverdueIfLate(today));
    }
}
