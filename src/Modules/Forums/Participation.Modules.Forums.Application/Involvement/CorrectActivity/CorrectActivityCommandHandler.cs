using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.CorrectActivity;

internal sealed class CorrectActivityCommandHandler(IActivityRepository activities, IForumRepository forums, IForumItemRepository items, ISender sender, TimeProvider clock)
    : ICommandHandler<CorrectActivityCommand>
{
    public async ValueTask<Unit> Handle(CorrectActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await activities.LoadAsync(new InvolvementActivityId(command.Id), command.ExpectedVersion, cancellationToken);
        var (details, runBy) = await ActivityRecords.ResolveAsync(command, kept: activity.ServiceArea, forums, sender, cancellationToken);
        activity.Correct(details, runBy, UkDates.Today(clock), await items.AnyRaisedAtAsync(activity.Id, cancellationToken));
        return Unit.Value;
    }
}
