using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Rules;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>Why a rule fired and sent nothing.</summary>
public enum NotSentReason
{
    /// <summary>The rule's survey has no published version.</summary>
    SurveyNotPublished,

    /// <summary>The survey closes before the day the link would open.</summary>
    SurveyClosesFirst,

    /// <summary>The survey has several audiences or service areas, and the event cannot say which the link is for.</summary>
    RespondentGroupUnknown,
}

/// <summary>A rule that fired and sent nothing, and why: kept so a repeat of the event says the same.</summary>
public sealed record NotSent(Guid SurveyId, NotSentReason Reason);

/// <summary>
/// A case event a partner posted, once per partner event id (docs/domain/surveys.md#triggers). It keeps no case
/// reference: only a keyed fingerprint of what was posted, so a repeat can be told from a different event reusing the id.
/// </summary>
public sealed class ReceivedCaseEvent : AggregateRoot<ReceivedCaseEventId>
{
    private readonly List<NotSent> _notSent = [];

    private ReceivedCaseEvent()
    {
    }

    /// <summary>The partner (provider) that posted it.</summary>
    public Guid PartnerId { get; private set; }

    /// <summary>The partner's own id for the event.</summary>
    public string EventId { get; private set; } = null!;

    public CaseEvent Event { get; private set; }

    public DateOnly EventDate { get; private set; }

    /// <summary>A keyed hash over the event, its date and its case reference.</summary>
    public byte[] Fingerprint { get; private set; } = null!;

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>The rules that fired and sent nothing.</summary>
    public IReadOnlyList<NotSent> NotSent => _notSent;

    public static ReceivedCaseEvent Receive(Guid partnerId, string eventId, CaseEvent caseEvent, DateOnly eventDate, byte[] fingerprint, DateTimeOffset now) => new()
    {
        Id = new ReceivedCaseEventId(Guid.CreateVersion7()),
        PartnerId = partnerId,
        EventId = eventId,
        Event = caseEvent,
        EventDate = eventDate,
        Fingerprint = fingerprint,
        ReceivedAt = now,
    };

    /// <summary>Refuses (409) a different event posted under an event id already used.</summary>
    public void EnsureRepeatOf(byte[] fingerprint) => CheckRule(new OneEventPerEventIdRule(Fingerprint.AsSpan().SequenceEqual(fingerprint)));

    /// <summary>Refuses (409) a repeat whose links can no longer be derived from the current secret (ADR 18).</summary>
    public void EnsureLinksStillDerivable(bool derivable) => CheckRule(new LinksStillDerivableRule(derivable));

    /// <summary>Records that a rule for <paramref name="survey"/> sent nothing.</summary>
    public void SentNothingFor(SurveyId survey, NotSentReason reason) => _notSent.Add(new NotSent(survey.Value, reason));
}
