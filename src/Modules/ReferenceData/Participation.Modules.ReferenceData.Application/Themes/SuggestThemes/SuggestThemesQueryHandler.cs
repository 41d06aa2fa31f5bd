using Mediator;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.SuggestThemes;

/// <summary>One read of the active themes' terms however many texts: a partner's batch of 1,000 items asks once.</summary>
internal sealed class SuggestThemesQueryHandler(IThemeRepository themes) : IQueryHandler<SuggestThemesQuery, IReadOnlyList<IReadOnlyList<string>>>
{
    public async ValueTask<IReadOnlyList<IReadOnlyList<string>>> Handle(SuggestThemesQuery query, CancellationToken cancellationToken)
    {
        if (query.Texts.All(string.IsNullOrWhiteSpace))
        {
            return [.. query.Texts.Select(_ => (IReadOnlyList<string>)[])];
        }

        var matcher = new ThemeMatcher(await themes.ActiveMatchTermsAsync(cancellationToken));
        return [.. query.Texts.Select(matcher.Suggest)];
    }
}
