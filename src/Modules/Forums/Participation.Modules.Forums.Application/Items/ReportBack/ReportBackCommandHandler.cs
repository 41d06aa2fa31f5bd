using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Application.Items.ReportBack;

internal sealed class ReportBackCommandHandler(IForumItemRepository items, IMeetingRepository meetings, TimeProvider clock) : ICommandHandler<ReportBackCommand>
{
    public async ValueTask<Unit> Handle(ReportBackCommand command, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(command.ItemId), command.ExpectedVersion, cancellationToken);
        item.ReportBack(await meetings.LoadAsync(new MeetingId(command.MeetingId), cancellationToken), clock.GetUtcNow());
        return Unit.Value;
    }
}
