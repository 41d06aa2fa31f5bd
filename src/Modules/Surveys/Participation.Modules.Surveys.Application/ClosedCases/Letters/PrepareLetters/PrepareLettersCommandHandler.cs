using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Triggers;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.ClosedCases.Letters.PrepareLetters;

/// <summary>
/// Records every letter's intent in one transaction before anything is sent (ADR 20): the link it carries, how it
/// goes, and an email's Message-ID. The link is the closed-case survey's that takes answers today for the closure's
/// service area; where there is none the closure waits for the next run, and officers see it waiting.
/// </summary>
internal sealed class PrepareLettersCommandHandler(
    ICaseClosureRepository closures, ISurveyRepository surveys, IInvitationRepository invitations, TriggeredLinks tokens, IOptions<ClosedCasesOptions> options, TimeProvider clock)
    : ICommandHandler<PrepareLettersCommand, PreparedLetters>
{
    private const int Batch = 1000;

    public async ValueTask<PreparedLetters> Handle(PrepareLettersCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = UkDates.Of(now);
        var closedCaseSurveys = (await surveys.PublishedWithPurposeAsync(SurveyPurpose.ClosedCase, cancellationToken))
            .Where(survey => survey.Current.OpensOn <= today && !(survey.Current.ClosesOn < today))
            .ToList();
        var covered = closedCaseSurveys.SelectMany(survey => survey.Current.ServiceAreas).ToHashSet(StringComparer.Ordinal);
        var waiting = await closures.AwaitingLetterAsync(covered, Batch, cancellationToken);
        var elsewhere = await closures.AwaitingLetterElsewhereAsync(covered, cancellationToken);
        var host = new Uri(options.Value.PublicBaseUrl).Host;
        var toEmail = new List<Guid>();
        var posted = 0;
        foreach (var closure in waiting)
        {
            var invitation = closure.InvitationId ?? NewLink(closure, closedCaseSurveys, now, today);
            if (invitation is null)
            {
                continue;
            }

            if (closure.Contact!.Email is not null)
            {
                // Fixed before the send and kept for the one resend officers may ask for: if the first did arrive after
                // all, a mail server or client that knows the Message-ID treats the resend as the same message.
                closure.EmailLetter(invitation.Value, $"<closed-case-{closure.Id.Value:N}@{host}>", today);
                toEmail.Add(closure.Id.Value);
            }
            else
            {
                closure.PostLetter(invitation.Value, today);
                posted++;
            }
        }

        return new PreparedLetters(toEmail, posted, elsewhere + waiting.Count - toEmail.Count - posted);
    }

    private InvitationId? NewLink(CaseClosure closure, List<Survey> closedCaseSurveys, DateTimeOffset now, DateOnly today)
    {
        foreach (var survey in closedCaseSurveys.Where(survey => survey.Current.ServiceAreas.Contains(closure.ServiceArea)))
        {
            // A family answers as parents or carers where the survey asks them; otherwise as its only audience.
            var audience = survey.Current.Audiences.Contains(Audience.Parent) ? Audience.Parent : (Audience?)null;
            if (RespondentGroups.TryProfileFor(survey.Current, new RespondentGroups(audience, closure.ServiceArea, null)) is not { } respondent)
            {
                continue;
            }

            var id = new InvitationId(Guid.CreateVersion7());
            var caseReference = survey.Draft.Anonymous ? null : closure.CaseReference;
            // The questionnaire in the family's language where the survey has it: the page behind the link follows.
            var variant = survey.Current.VariantInLanguageOf(closure.Contact!.PreferredLanguage)?.Key;
            invitations.Add(Invitation.ForLetter(
                id, survey, InvitationTokens.Hash(tokens.TokenFor(id)), caseReference, respondent, variant, UkDates.StartOf(today.AddDays(options.Value.ContactKeepDays)), now));
            return id;
        }

        return null;
    }
}
