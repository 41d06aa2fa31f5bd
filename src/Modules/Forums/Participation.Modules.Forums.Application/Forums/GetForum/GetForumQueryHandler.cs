using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Forums.GetForum;

internal sealed class GetForumQueryHandler(IForumRepository forums, IMemberRepository members, IMeetingRepository meetings, IForumItemRepository items, TimeProvider clock)
    : IQueryHandler<GetForumQuery, Versioned<ForumOverview>>
{
    public async ValueTask<Versioned<ForumOverview>> Handle(GetForumQuery query, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(query.Id), cancellationToken);
        var today = UkDates.Today(clock);
        var lastMet = await meetings.LastHeldOnAsync(forum.Id, today, cancellationToken);
        var dueBy = forum.ClosedOn is null && lastMet is { } met ? forum.Cadence.NextMeetingDueBy(met) : (DateOnly?)null;
        var overview = new ForumOverview(
            ForumResponse.From(forum),
            await members.CountCurrentAsync(forum.Id, cancellationToken),
            lastMet,
            dueBy,
            dueBy < today,
            LoopClosure.Of(await items.LoopDatesAsync(forum.Id, cancellationToken)));
        // The page shows more than the forum's row (members, meetings, items, and whether today is past the due date):
        // its ETag carries a digest of those too, so a front-end polling it is not told "not modified" after they change.
        var rest = EntityTags.DigestOf(new { overview.CurrentMembers, overview.LastMetOn, overview.NextMeetingDueBy, overview.MeetingOverdue, overview.Loop });
        return new Versioned<ForumOverview>(overview, forum.Version, rest);
    }
}
