using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.ReferenceData.Application.Themes.ListThemes;

/// <summary>Themes in code order, a page at a time; <paramref name="ParentId"/> narrows to one theme's sub-themes.</summary>
public sealed record ListThemesQuery(bool IncludeRetired, Guid? ParentId, int PageSize, string? Cursor) : IQuery<Page<ThemeResponse>>;
