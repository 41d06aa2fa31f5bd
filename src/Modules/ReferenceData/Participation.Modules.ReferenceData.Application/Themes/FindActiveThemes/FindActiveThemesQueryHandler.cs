using Mediator;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.ReferenceData.Application.Themes.FindActiveThemes;

internal sealed class FindActiveThemesQueryHandler(IThemeRepository themes) : IQueryHandler<FindActiveThemesQuery, IReadOnlySet<string>>
{
    public async ValueTask<IReadOnlySet<string>> Handle(FindActiveThemesQuery query, CancellationToken cancellationToken) =>
        await themes.FindActiveCodesAsync(query.Codes, cancellationToken);
}
