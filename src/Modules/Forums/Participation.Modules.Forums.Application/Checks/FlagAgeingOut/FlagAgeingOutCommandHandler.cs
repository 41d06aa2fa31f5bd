using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Forums.Application.Checks.FlagAgeingOut;

internal sealed class FlagAgeingOutCommandHandler(IMemberRepository members, TimeProvider clock) : ICommandHandler<FlagAgeingOutCommand, int>
{
    public async ValueTask<int> Handle(FlagAgeingOutCommand command, CancellationToken cancellationToken)
    {
        var today = UkDates.Today(clock);
        var flagged = (await members.DueForAgeReviewAsync(today, cancellationToken)).Count(member => member.FlagIfAgeingOut(today));
        return flagged;
    }
}
