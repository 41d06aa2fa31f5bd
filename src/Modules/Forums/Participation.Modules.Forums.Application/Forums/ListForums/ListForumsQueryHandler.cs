using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

internal sealed class ListForumsQueryHandler(IForumRepository forums) : IQueryHandler<ListForumsQuery, Page<ForumResponse>>
{
    public async ValueTask<Page<ForumResponse>> Handle(ListForumsQuery query, CancellationToken cancellationToken)
    {
        ForumListCursor.TryDecode(query.Cursor, out var after);
        var rows = await forums.ListAsync(query.IncludeClosed, after, query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ForumResponse.From)], query.PageSize, ForumListCursor.Key);
    }
}
