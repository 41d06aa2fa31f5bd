using Mediator;
using Participation.BuildingBlocks.Application.Paging;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.ListThemes;

internal sealed class ListThemesQueryHandler(IThemeRepository themes) : IQueryHandler<ListThemesQuery, Page<ThemeResponse>>
{
    public async ValueTask<Page<ThemeResponse>> Handle(ListThemesQuery query, CancellationToken cancellationToken)
    {
        Paging.TryDecodeCursor(query.Cursor, out var afterCode);
        var parentId = query.ParentId is { } id ? new ThemeId(id) : (ThemeId?)null;
        var rows = await themes.ListAsync(query.IncludeRetired, parentId, afterCode, query.PageSize + 1, cancellationToken);
        return Paging.ToPage(rows, query.PageSize, theme => theme.Code);
    }
}
