using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Forums.Application.Items.RaiseItem;

internal sealed class RaiseItemCommandHandler(IMeetingRepository meetings, IActivityRepository activities, IForumItemRepository items, ISender sender, TimeProvider clock)
    : ICommandHandler<RaiseItemCommand, Guid>
{
    public async ValueTask<Guid> Handle(RaiseItemCommand command, CancellationToken cancellationToken)
    {
        RaisedAt raisedAt;
        if (command.MeetingId is { } meetingId)
        {
            raisedAt = RaisedAt.Meeting(await meetings.LoadAsync(new MeetingId(meetingId), cancellationToken));
        }
        else
        {
            var activity = await activities.LoadAsync(new InvolvementActivityId(command.ActivityId!.Value), cancellationToken);
            raisedAt = RaisedAt.Activity(activity);
            activities.HoldVersionOf(activity);
        }

        await sender.EnsureKnownAsync(
            [new ReferenceCode("serviceArea", ReferenceCodeKind.ServiceArea, command.ServiceArea), .. ReferenceCodeChecks.Themes("themes", command.Themes)],
            cancellationToken);
        var themes = command.Themes.Count > 0
            ? new ItemThemes(command.Themes, Chosen: true)
            : new ItemThemes((await sender.Send(new SuggestThemesQuery([command.Said]), cancellationToken))[0], Chosen: false);
        var item = ForumItem.Raise(raisedAt, command.Said.Trim(), themes, command.ServiceArea, command.DecisionMaker.Trim(), clock.GetUtcNow());
        items.Add(item);
        return item.Id.Value;
    }
}
