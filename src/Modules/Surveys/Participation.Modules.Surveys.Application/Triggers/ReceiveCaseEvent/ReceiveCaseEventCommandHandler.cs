using Mediator;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.ReceiveCaseEvent;

internal sealed class ReceiveCaseEventCommandHandler(
    ISurveyRepository surveys,
    ITriggerRuleRepository rules,
    IReceivedCaseEventRepository events,
    IInvitationRepository invitations,
    TriggeredLinks links,
    IOptions<CalendarOptions> calendar,
    TimeProvider clock) : ICommandHandler<ReceiveCaseEventCommand, CaseEventReceipt>
{
    public async ValueTask<CaseEventReceipt> Handle(ReceiveCaseEventCommand command, CancellationToken cancellationToken)
    {
        var caseReference = command.CaseReference?.Trim();
        var fingerprint = links.Fingerprint(command.Event, command.EventDate, caseReference, command.Respondent, command.RespondentAge, command.Language);
        if (await events.FindAsync(command.PartnerId, command.EventId, cancellationToken) is { } earlier)
        {
            earlier.EnsureRepeatOf(fingerprint);
            var scheduled = await invitations.ScheduledByAsync(earlier.Id, cancellationToken);
            earlier.EnsureLinksStillDerivable(scheduled.All(invitation => InvitationTokens.Hash(links.TokenFor(invitation.Id)).AsSpan().SequenceEqual(invitation.TokenHash)));
            return Receipt(earlier, scheduled, repeated: true);
        }

        var now = clock.GetUtcNow();
        var received = ReceivedCaseEvent.Receive(command.PartnerId, command.EventId, command.Event, command.EventDate, fingerprint, now);
        events.Add(received);
        var made = new List<Invitation>();
        foreach (var rule in await rules.FiredByAsync(command.Event, cancellationToken))
        {
            var survey = (await surveys.GetAsync(rule.SurveyId, cancellationToken))!;
            if (Schedule(rule, survey, received, caseReference, command, now) is { } invitation)
            {
                invitations.Add(invitation);
                made.Add(invitation);
            }
        }

        return Receipt(received, made, repeated: false);
    }

    /// <summary>
    /// The rule's link: opening on the rule's day, or today if that has passed, or the day the survey opens if later;
    /// open for the rule's lifetime but never past the survey's close; in the wording the rule chooses for the
    /// respondent among the published version's variants (docs/domain/surveys.md#triggers).
    /// </summary>
    private Invitation? Schedule(TriggerRule rule, Survey survey, ReceivedCaseEvent received, string? caseReference, ReceiveCaseEventCommand command, DateTimeOffset now)
    {
        if (survey.Published(survey.LatestVersion) is not { Questionnaire: var published })
        {
            received.SentNothingFor(survey.Id, NotSentReason.SurveyNotPublished);
            return null;
        }

        var opensOn = Latest(rule.Timing.DayFor(received.EventDate, calendar.Value.DeploymentRegion), UkDates.Of(now), published.OpensOn);
        if (published.ClosesOn < opensOn)
        {
            received.SentNothingFor(survey.Id, NotSentReason.SurveyClosesFirst);
            return null;
        }

        if (RespondentGroups.TryProfileFor(published, command.Respondent) is not { } respondent)
        {
            received.SentNothingFor(survey.Id, NotSentReason.RespondentGroupUnknown);
            return null;
        }

        var lastDay = opensOn.AddDays(rule.LinkLifetimeDays - 1);
        var expiresAt = UkDates.StartOf((published.ClosesOn < lastDay ? published.ClosesOn.Value : lastDay).AddDays(1));
        // Random, not time-ordered: a version 7 id would share the case event's millisecond and so lead back to it
        // after an anonymous survey's link has forgotten its event.
        var id = new InvitationId(Guid.NewGuid());
        var token = links.TokenFor(id);
        var variant = rule.WordingFor(published, command.RespondentAge, command.Language);
        return Invitation.Schedule(id, survey, received, InvitationTokens.Hash(token), published.Anonymous ? null : caseReference, respondent, variant, opensOn, expiresAt, now);
    }

    private static DateOnly Latest(params ReadOnlySpan<DateOnly> days)
    {
        var latest = days[0];
        foreach (var day in days)
        {
            latest = day > latest ? day : latest;
        }

        return latest;
    }

    private CaseEventReceipt Receipt(ReceivedCaseEvent received, IEnumerable<Invitation> scheduled, bool repeated) => new(
        received.EventId,
        repeated,
        [.. scheduled.OrderBy(invitation => invitation.SurveyId.Value).ThenBy(invitation => invitation.Id.Value).Select(invitation =>
        {
            var token = links.TokenFor(invitation.Id);
            return new ScheduledInvitation(invitation.SurveyId.Value, invitation.Id.Value, token, RespondentLinks.LinkFor(token), invitation.CaseReference, invitation.OpensOn!.Value, invitation.ExpiresAt, invitation.Variant);
        })],
        received.NotSent);
}
