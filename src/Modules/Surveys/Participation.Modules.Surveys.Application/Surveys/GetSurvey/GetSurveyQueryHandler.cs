using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.GetSurvey;

internal sealed class GetSurveyQueryHandler(ISurveyRepository surveys) : IQueryHandler<GetSurveyQuery, Versioned<SurveyDefinition>>
{
    public async ValueTask<Versioned<SurveyDefinition>> Handle(GetSurveyQuery query, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(query.Id), cancellationToken);
        return new Versioned<SurveyDefinition>(SurveyDefinition.From(survey), survey.Version);
    }
}
