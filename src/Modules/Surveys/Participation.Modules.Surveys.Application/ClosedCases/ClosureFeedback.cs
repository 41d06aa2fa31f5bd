using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Application.ClosedCases;

/// <summary>
/// Feedback a family gave an officer (on a sample call, or by ringing or writing in): a staff-entered response to the
/// questionnaire the closure's letter linked to, in the same transaction as the closure's own record.
/// </summary>
internal sealed class ClosureFeedback(ISurveyRepository surveys, ISurveyResponseRepository responses)
{
    public async Task RecordAsync(CaseClosure closure, Invitation? invitation, Channel channel, int version, IReadOnlyList<AnswerDocument> answers, string? enteredBy, DateOnly today, CancellationToken cancellationToken)
    {
        var survey = invitation is null ? null : await surveys.GetAsync(invitation.SurveyId, cancellationToken);
        if (survey is null || invitation is null)
        {
            // No letter has been written yet, so there is no questionnaire the answers belong to.
            throw new NotFoundException("Closed-case questionnaire of closure", closure.Id.Value);
        }

        var checkedAnswers = AnswerSheet.Check(survey.Published(version), answers);
        responses.Add(SurveyResponse.Record(survey, version, checkedAnswers, channel, invitation.CaseReference, invitation.Respondent, variant: null, today, enteredBy));
    }
}
