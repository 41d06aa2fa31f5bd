using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Application.Items.ListItems;

internal sealed class ListItemsQueryHandler(IForumItemRepository items) : IQueryHandler<ListItemsQuery, Page<ItemResponse>>
{
    public async ValueTask<Page<ItemResponse>> Handle(ListItemsQuery query, CancellationToken cancellationToken)
    {
        var filter = new ItemFilter(query.ForumId is { } forumId ? new ForumId(forumId) : null, query.Status, query.Overdue);
        var rows = await items.ListAsync(filter, Paging.DecodeId(query.Cursor), query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ItemResponse.From)], query.PageSize, item => item.Id.ToString());
    }
}
