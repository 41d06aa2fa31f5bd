using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.PublicBoard.ListPublishedItems;

internal sealed class ListPublishedItemsQueryHandler(IForumItemRepository items) : IQueryHandler<ListPublishedItemsQuery, Page<PublishedItem>>
{
    public async ValueTask<Page<PublishedItem>> Handle(ListPublishedItemsQuery query, CancellationToken cancellationToken)
    {
        BoardCursor.TryDecode(query.Cursor, out var after);
        return Paging.ToPage(await items.PublishedAsync(after, query.PageSize + 1, cancellationToken), query.PageSize, BoardCursor.Key);
    }
}
