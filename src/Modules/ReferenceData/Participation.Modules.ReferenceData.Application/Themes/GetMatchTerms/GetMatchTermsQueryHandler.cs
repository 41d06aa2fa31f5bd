using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.GetMatchTerms;

internal sealed class GetMatchTermsQueryHandler(IThemeRepository themes) : IQueryHandler<GetMatchTermsQuery, Versioned<MatchTermsResponse>>
{
    public async ValueTask<Versioned<MatchTermsResponse>> Handle(GetMatchTermsQuery query, CancellationToken cancellationToken)
    {
        var theme = await themes.GetAsync(new ThemeId(query.Id), cancellationToken) ?? throw new NotFoundException("Theme", query.Id);
        return new Versioned<MatchTermsResponse>(new MatchTermsResponse(theme.Code, theme.MatchTerms), theme.Version);
    }
}
