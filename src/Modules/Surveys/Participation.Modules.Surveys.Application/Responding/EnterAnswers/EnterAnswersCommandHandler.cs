using Participation.BuildingBlocks.Domain.Calendar;
using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Application.Security;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.EnterAnswers;

/// <summary>
/// Staff entry: checked against the version's questions like any answer, and recorded with the channel and who
/// entered it. Paper forms collected before a survey closed may be typed in after, so the dates are not enforced.
/// </summary>
internal sealed class EnterAnswersCommandHandler(ISurveyRepository surveys, ISurveyResponseRepository responses, ICurrentUser user, TimeProvider clock) : ICommandHandler<EnterAnswersCommand, Guid>
{
    public async ValueTask<Guid> Handle(EnterAnswersCommand command, CancellationToken cancellationToken)
    {
        var survey = await surveys.LoadAsync(new SurveyId(command.SurveyId), cancellationToken);
        var version = survey.Published(command.Version);
        var answers = AnswerSheet.Check(version, command.Answers);
        var respondent = RespondentGroups.ProfileFor(version?.Questionnaire ?? survey.Draft, command.Respondent);
        var response = SurveyResponse.Record(survey, command.Version, answers, command.Channel, command.CaseReference?.Trim(), respondent, command.Variant, UkDates.Today(clock), user.Id);
        responses.Add(response);
        return response.Id.Value;
    }
}
