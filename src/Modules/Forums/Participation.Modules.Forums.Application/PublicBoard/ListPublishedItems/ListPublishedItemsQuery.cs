using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.PublicBoard.ListPublishedItems;

/// <summary>The public board, most recently reported back first, a page at a time.</summary>
public sealed record ListPublishedItemsQuery(int PageSize, string? Cursor) : IQuery<Page<PublishedItem>>;
