using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Meetings.ListMeetings;

internal sealed class ListMeetingsQueryHandler(IForumRepository forums, IMeetingRepository meetings) : IQueryHandler<ListMeetingsQuery, IReadOnlyList<MeetingResponse>>
{
    public async ValueTask<IReadOnlyList<MeetingResponse>> Handle(ListMeetingsQuery query, CancellationToken cancellationToken)
    {
        var forum = await forums.LoadAsync(new ForumId(query.ForumId), cancellationToken);
        return [.. (await meetings.ListAsync(forum.Id, cancellationToken)).Select(MeetingResponse.From)];
    }
}
