using Participation.BuildingBlocks.Domain.Calendar;
using Mediator;
using Participation.BuildingBlocks.Application.Errors;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

/// <summary>
/// Records answers through a link: a single-use link is spent in the same transaction that stores them, and the same
/// answers sent again through it get the first receipt back (docs/domain/surveys.md#answering).
/// </summary>
internal sealed class SubmitAnswersCommandHandler(
    RespondentLinks links, ISurveyRepository surveys, ISurveyResponseRepository responses, IAnswerWriter writer, ICaseClosureRepository closures, TimeProvider clock)
    : ICommandHandler<SubmitAnswersCommand, SubmissionReceipt>
{
    public async ValueTask<SubmissionReceipt> Handle(SubmitAnswersCommand command, CancellationToken cancellationToken)
    {
        var invitation = await links.FindAsync(command.Token, cancellationToken);
        var survey = await surveys.GetPublishedAsync(invitation.SurveyId, command.Version, cancellationToken) ?? throw new NotFoundException("Survey", invitation.SurveyId.Value);
        var version = survey.Published(command.Version);
        var answers = AnswerSheet.Check(version, command.Answers);
        var fingerprint = InvitationTokens.Fingerprint(command.Token, AnswerSheet.Canonical(command.Version, answers));
        if (invitation.AlreadyTook(fingerprint))
        {
            return new SubmissionReceipt(invitation.AnsweredVersion!.Value, invitation.AnsweredOn!.Value);
        }

        invitation.EnsureNotAnsweredDifferently(fingerprint);
        var now = clock.GetUtcNow();
        invitation.EnsureOpens(now);
        var today = UkDates.Today(clock);
        survey.VersionToAnswer(today);
        // A link's variant that the version answered lacks (dropped since the link was issued) was shown in standard words.
        var variant = version?.Questionnaire.Variant(invitation.Variant)?.Key;
        var response = SurveyResponse.Record(survey, command.Version, answers, command.Channel, invitation.CaseReference, invitation.Respondent, variant, today);
        invitation.Answered(command.Version, fingerprint, survey.Draft.Anonymous, today, now);
        // A closed case's family answering its letter's link ends the follow-up (docs/domain/closed-case-follow-up.md#letter),
        // in the same commit: these few answers take the module's unit of work, which saves the closure with them.
        if (version!.Questionnaire.Purpose == SurveyPurpose.ClosedCase && await closures.FindByInvitationAsync(invitation.Id, cancellationToken) is { } closure)
        {
            if (survey.Draft.Anonymous)
            {
                closure.AnsweredAnonymouslyByLink(command.Channel, today);
            }
            else
            {
                closure.Responded(command.Channel, today);
            }

            responses.Add(response);
        }
        else
        {
            await writer.WriteAsync(invitation, response, cancellationToken);
        }

        return new SubmissionReceipt(command.Version, today);
    }
}
