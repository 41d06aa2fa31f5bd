using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Rules;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Domain.Invitations;

/// <summary>
/// A link to answer a survey (docs/domain/surveys.md#invitations). Its token is random, shown once and kept only as a
/// hash. A single-use link is spent by its first answer; the answer's fingerprint (a hash over the token and the
/// answer, so it cannot be recomputed without the token) lets a repeat of the same answer be recognised.
/// </summary>
public sealed class Invitation : AggregateRoot<InvitationId>
{
    private Invitation()
    {
    }

    public SurveyId SurveyId { get; private set; }

    public InvitationKind Kind { get; private set; }

    /// <summary>SHA-256 of the token.</summary>
    public byte[] TokenHash { get; private set; } = null!;

    /// <summary>The child's or family's pseudonymous case reference, for identified surveys' single-use links only.</summary>
    public string? CaseReference { get; private set; }

    /// <summary>The audience its answers count under.</summary>
    public Audience Audience { get; private set; }

    /// <summary>The service area its answers are about.</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>The priority cohorts its respondent belongs to, if the sender said.</summary>
    public IReadOnlyList<PriorityCohort> Cohorts { get; private set; } = [];

    /// <summary>The variant whose words it opens (docs/domain/surveys.md#variants), or null for the standard wording.</summary>
    public string? Variant { get; private set; }

    /// <summary>Who answers through it, as groups.</summary>
    public RespondentProfile Respondent => new(Audience, ServiceArea, Cohorts);

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>After this instant the link no longer opens.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    /// <summary>For a link a trigger scheduled, the (UK) day it opens; before it, it does not.</summary>
    public DateOnly? OpensOn { get; private set; }

    /// <summary>For a link a trigger scheduled, the case event that did.</summary>
    public ReceivedCaseEventId? CaseEventId { get; private set; }

    /// <summary>The day a single-use link was answered (no finer: an anonymous answer keeps no time of day).</summary>
    public DateOnly? AnsweredOn { get; private set; }

    /// <summary>Which version the answer on a single-use link answered.</summary>
    public int? AnsweredVersion { get; private set; }

    /// <summary>The answer's fingerprint on a single-use link.</summary>
    public byte[]? AnswerFingerprint { get; private set; }

    /// <summary>Invites someone to answer a published survey.</summary>
    public static Invitation Issue(Survey survey, InvitationKind kind, byte[] tokenHash, string? caseReference, RespondentProfile respondent, string? variant, DateTimeOffset expiresAt, DateTimeOffset now) =>
        Issue(new InvitationId(Guid.CreateVersion7()), survey, kind, tokenHash, caseReference, respondent, variant, expiresAt, now);

    /// <summary>
    /// A single-use link a case event scheduled to open on <paramref name="opensOn"/>. Its id is chosen by the caller,
    /// whose token is derived from it (docs/domain/surveys.md#triggers).
    /// </summary>
    public static Invitation Schedule(
        InvitationId id, Survey survey, ReceivedCaseEvent caseEvent, byte[] tokenHash, string? caseReference, RespondentProfile respondent, string? variant, DateOnly opensOn, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(caseEvent);
        var invitation = Issue(id, survey, InvitationKind.SingleUse, tokenHash, caseReference, respondent, variant, expiresAt, now);
        invitation.OpensOn = opensOn;
        invitation.CaseEventId = caseEvent.Id;
        return invitation;
    }

    /// <summary>
    /// The single-use link a closed case's letter carries (docs/domain/closed-case-follow-up.md#letter). Its id is chosen
    /// by the caller, whose token is derived from it, so the letter can be written again with the same link. Worded by
    /// <paramref name="variant"/>, the survey's variant in the family's language where it has one.
    /// </summary>
    public static Invitation ForLetter(InvitationId id, Survey survey, byte[] tokenHash, string? caseReference, RespondentProfile respondent, string? variant, DateTimeOffset expiresAt, DateTimeOffset now) =>
        Issue(id, survey, InvitationKind.SingleUse, tokenHash, caseReference, respondent, variant, expiresAt, now);

    private static Invitation Issue(
        InvitationId id, Survey survey, InvitationKind kind, byte[] tokenHash, string? caseReference, RespondentProfile respondent, string? variant, DateTimeOffset expiresAt, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(respondent);
        CheckRule(new VariantIsTheSurveysRule(survey.Current, variant));
        CheckRule(new InviteOnlyToAPublishedSurveyRule(survey.LatestVersion));
        CheckRule(new AnonymousSurveysTakeNoCaseReferenceRule(survey.Draft.Anonymous, caseReference));
        CheckRule(new OpenLinksOnlyForAnonymousSurveysRule(kind, survey.Draft.Anonymous));
        CheckRule(new InvitationExpiresInTheFutureRule(expiresAt, now));
        return new Invitation
        {
            Id = id,
            SurveyId = survey.Id,
            Kind = kind,
            TokenHash = tokenHash,
            CaseReference = caseReference,
            Audience = respondent.Audience,
            ServiceArea = respondent.ServiceArea,
            Cohorts = respondent.Cohorts,
            CreatedAt = now,
            ExpiresAt = expiresAt,
            Variant = variant,
        };
    }

    /// <summary>Whether the link opens now: not revoked, not expired, and for a single-use link not yet answered.</summary>
    public bool IsOpen(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt && AnsweredOn is null;

    /// <summary>Refuses a link that is revoked, expired or already answered (410), or not open yet (409).</summary>
    public void EnsureOpens(DateTimeOffset now)
    {
        CheckRule(new LinkStillOpensRule(this, now));
        CheckRule(new LinkOpensOnItsDayRule(OpensOn, UkDates.Of(now)));
    }

    /// <summary>Refuses (409) a different answer on a single-use link that already took one.</summary>
    public void EnsureNotAnsweredDifferently(byte[] fingerprint) => CheckRule(new OneAnswerPerLinkRule(AnsweredOn is not null && !AlreadyTook(fingerprint)));

    /// <summary>Whether <paramref name="fingerprint"/> is the answer this single-use link already took.</summary>
    public bool AlreadyTook(byte[] fingerprint) => AnswerFingerprint is { } taken && taken.AsSpan().SequenceEqual(fingerprint);

    /// <summary>
    /// Spends a single-use link on an answer; an open link stays open. A scheduled link to an anonymous survey forgets
    /// its case event once answered, and when it was made to less than a day, since it was made in the instant the event
    /// was received: its token can be derived again with the secret, and with the answer's fingerprint that could
    /// otherwise lead from the event's case to the answer (docs/domain/surveys.md#triggers).
    /// </summary>
    public void Answered(int version, byte[] fingerprint, bool anonymous, DateOnly today, DateTimeOffset now)
    {
        EnsureOpens(now);
        if (anonymous && CaseEventId is not null)
        {
            CaseEventId = null;
            CreatedAt = UkDates.StartOf(UkDates.Of(CreatedAt));
        }

        if (Kind == InvitationKind.SingleUse)
        {
            AnsweredOn = today;
            AnsweredVersion = version;
            AnswerFingerprint = fingerprint;
        }
    }

    /// <summary>Stops the link opening; revoking it again changes nothing.</summary>
    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
