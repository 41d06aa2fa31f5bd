using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Surveys.Application.Responding.GetLinkLanguage;

internal sealed class GetLinkLanguageQueryHandler(RespondentLinks links, ISurveyRepository surveys) : IQueryHandler<GetLinkLanguageQuery, LinkLanguage>
{
    public async ValueTask<LinkLanguage> Handle(GetLinkLanguageQuery query, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(query.Token, cancellationToken);
        var survey = await surveys.LoadAsync(invitation.SurveyId, cancellationToken);
        return new LinkLanguage(survey.Current.Variant(invitation.Variant)?.Language, invitation.OpensOn);
    }
}
