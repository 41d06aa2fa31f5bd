using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys.GetSurveyVersion;

internal sealed class GetSurveyVersionQueryHandler(ISurveyRepository surveys) : IQueryHandler<GetSurveyVersionQuery, Versioned<PublishedSurvey>>
{
    public async ValueTask<Versioned<PublishedSurvey>> Handle(GetSurveyVersionQuery query, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(query.Id), cancellationToken);
        var version = survey.Published(query.Number)
            ?? throw new NotFoundException("Survey version", $"{query.Id}/{query.Number}");
        return new Versioned<PublishedSurvey>(
            new PublishedSurvey(survey.Id.Value, version.Number, version.PublishedAt, QuestionnaireDocument.From(version.Questionnaire)),
            (uint)version.Number);
    }
}
