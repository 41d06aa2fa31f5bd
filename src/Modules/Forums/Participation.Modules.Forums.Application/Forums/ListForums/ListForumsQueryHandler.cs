using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

internal sealed class ListForumsQueryHandler(IForumRepository forums) : IQueryHandler<ListForumsQuery, Page<ForumResponse>>
{
    public async ValueTask<Page<ForumResponse>> Handle(ListForumsQuery query, CancellationToken cancellationToken)
    {
        Paging.TryDecodeCursor(query.Cursor, out var afterName);
        var rows = await forums.ListAsync(query.IncludeClosed, afterName, query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ForumResponse.From)], query.PageSize, forum => forum.Name);
    }
}
