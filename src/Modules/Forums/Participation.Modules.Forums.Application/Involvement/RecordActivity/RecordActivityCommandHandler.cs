using Mediator;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Application.Involvement.RecordActivity;

internal sealed class RecordActivityCommandHandler(IActivityRepository activities, IForumRepository forums, ISender sender, TimeProvider clock) : ICommandHandler<RecordActivityCommand, Guid>
{
    public async ValueTask<Guid> Handle(RecordActivityCommand command, CancellationToken cancellationToken)
    {
        var (details, runBy) = await ActivityRecords.ResolveAsync(command, kept: null, forums, sender, cancellationToken);
        var activity = InvolvementActivity.Record(details, runBy, UkDates.Today(clock));
        activities.Add(activity);
        return activity.Id.Value;
    }
}
