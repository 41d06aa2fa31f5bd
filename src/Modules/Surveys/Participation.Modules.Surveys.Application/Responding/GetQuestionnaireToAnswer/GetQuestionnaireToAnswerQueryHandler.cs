using Participation.BuildingBlocks.Domain.Calendar;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Application.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.GetQuestionnaireToAnswer;

internal sealed class GetQuestionnaireToAnswerQueryHandler(RespondentLinks links, ISurveyRepository surveys, TimeProvider clock) : IQueryHandler<GetQuestionnaireToAnswerQuery, RespondentQuestionnaire>
{
    public async ValueTask<RespondentQuestionnaire> Handle(GetQuestionnaireToAnswerQuery query, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(query.Token, cancellationToken);
        if (!query.EvenIfSpent)
        {
            invitation.EnsureOpens(clock.GetUtcNow());
        }

        var survey = await surveys.LoadAsync(invitation.SurveyId, cancellationToken);

        var version = survey.VersionToAnswer(UkDates.Today(clock));
        var questionnaire = version.Questionnaire.WordedFor(invitation.Variant);
        var variant = version.Questionnaire.Variant(invitation.Variant);
        return new RespondentQuestionnaire(
            version.Number, variant?.Key, variant?.Language, questionnaire.Title, questionnaire.Anonymous, questionnaire.Audiences, [.. questionnaire.Questions.Select(QuestionDocument.From)]);
    }
}
