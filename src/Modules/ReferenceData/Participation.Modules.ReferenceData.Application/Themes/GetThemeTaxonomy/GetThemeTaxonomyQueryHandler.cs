using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.ReferenceData.Application.Themes.GetThemeTaxonomy;

internal sealed class GetThemeTaxonomyQueryHandler(IThemeRepository themes) : IQueryHandler<GetThemeTaxonomyQuery, IReadOnlyList<TaxonomyTheme>>
{
    /// <summary>More themes than a two-level taxonomy an administrator keeps by hand will ever hold.</summary>
    private const int AllThemes = 10_000;

    public async ValueTask<IReadOnlyList<TaxonomyTheme>> Handle(GetThemeTaxonomyQuery query, CancellationToken cancellationToken)
    {
        var all = await themes.ListAsync(includeRetired: true, parentId: null, afterCode: null, AllThemes, cancellationToken);
        var codes = all.ToDictionary(theme => theme.Id, theme => theme.Code);
        return [.. all.Select(theme => new TaxonomyTheme(theme.Code, theme.Name, theme.ParentId is { } parent ? codes[parent] : theme.Code))];
    }
}
