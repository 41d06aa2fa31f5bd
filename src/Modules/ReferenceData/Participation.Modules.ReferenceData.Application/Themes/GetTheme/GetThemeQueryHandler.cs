using Mapster;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.GetTheme;

internal sealed class GetThemeQueryHandler(IThemeRepository themes) : IQueryHandler<GetThemeQuery, Versioned<ThemeResponse>>
{
    public async ValueTask<Versioned<ThemeResponse>> Handle(GetThemeQuery query, CancellationToken cancellationToken)
    {
        var theme = await themes.LoadAsync(new ThemeId(query.Id), cancellationToken);
        return new Versioned<ThemeResponse>(theme.Adapt<ThemeResponse>(Mappings.Config), theme.Version);
    }
}
