using System.ComponentModel.DataAnnotations;
using Mediator;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Application.Invitations;
using Participation.Modules.Surveys.Application.Invitations.IssueInvitations;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.ReceiveCaseEvent;

/// <summary>
/// A partner's case event: every rule it fires schedules a single-use link, once per partner event id, in the wording
/// the respondent's age and language choose.
/// </summary>
public sealed record ReceiveCaseEventCommand(
    Guid PartnerId, string EventId, CaseEvent Event, DateOnly EventDate, string? CaseReference, RespondentGroups? Respondent, int? RespondentAge = null, string? Language = null)
    : ICommand<CaseEventReceipt>;

/// <summary>What a case event scheduled.</summary>
/// <param name="EventId">The partner's id for the event.</param>
/// <param name="Repeated">Whether this event id had been posted before (and this is the same answer again).</param>
/// <param name="Invitations">The links scheduled, for the partner to deliver on or after their opening day.</param>
/// <param name="NotSent">Rules that fired and scheduled nothing, and why.</param>
public sealed record CaseEventReceipt(
    [property: MaxLength(TextLengths.ExternalId)] string EventId,
    bool Repeated,
    [property: MaxLength(CaseEventReceipt.MaxRulesShown)] IReadOnlyList<ScheduledInvitation> Invitations,
    [property: MaxLength(CaseEventReceipt.MaxRulesShown)] IReadOnlyList<NotSent> NotSent)
{
    /// <summary>Far more rules than one event fires.</summary>
    public const int MaxRulesShown = 100;
}

/// <summary>A link a case event scheduled.</summary>
/// <param name="SurveyId">The survey it opens.</param>
/// <param name="InvitationId">The invitation's id, to revoke it.</param>
/// <param name="Token">The secret in the link.</param>
/// <param name="Link">The page the token opens, to send to the respondent (the children's app answers on /api/v1/respond/{token}).</param>
/// <param name="CaseReference">The case reference it names: only for identified surveys.</param>
/// <param name="OpensOn">The day it opens: send it then (before, it answers 409).</param>
/// <param name="ExpiresAt">When it stops opening.</param>
/// <param name="Variant">The variant whose words it opens in (its rule's choice for the respondent), or null for the standard words.</param>
public sealed record ScheduledInvitation(
    Guid SurveyId,
    Guid InvitationId,
    [property: MaxLength(InvitationTokens.Length)] string Token,
    [property: MaxLength(IssuedInvitation.LinkMaxLength)] string Link,
    [property: MaxLength(TextLengths.ExternalId)] string? CaseReference,
    DateOnly OpensOn,
    DateTimeOffset ExpiresAt,
    [property: MaxLength(TextLengths.Code)] string? Variant);
