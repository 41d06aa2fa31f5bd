using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.ListItems;

/// <summary>Items, oldest first, a page at a time: one forum's or all, in one state or any, or only those with an overdue action.</summary>
public sealed record ListItemsQuery(Guid? ForumId, ItemStatus? Status, bool Overdue, int PageSize, string? Cursor) : IQuery<Page<ItemResponse>>;
