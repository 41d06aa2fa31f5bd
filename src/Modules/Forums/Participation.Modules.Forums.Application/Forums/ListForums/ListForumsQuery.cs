using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

/// <summary>Forums in name order, a page at a time.</summary>
public sealed record ListForumsQuery(bool IncludeClosed, int PageSize, string? Cursor) : IQuery<Page<ForumResponse>>;
