using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Rules;

namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>
/// A family's closed case and its follow-up (docs/domain/closed-case-follow-up.md): one letter, at most one telephone
/// follow-up, never any contact once the family opts out, and contact details only while the follow-up needs them.
/// </summary>
public sealed class CaseClosure : AggregateRoot<CaseClosureId>
{
    private readonly List<CallAttempt> _calls = [];

    private CaseClosure()
    {
    }

    /// <summary>The partner that posted it; null when an officer recorded it.</summary>
    public Guid? PartnerId { get; private set; }

    /// <summary>The case-management system's own id for the closure: one closure per (partner, id).</summary>
    public string ClosureId { get; private set; } = null!;

    /// <summary>The family's pseudonymous case reference.</summary>
    public string CaseReference { get; private set; } = null!;

    public DateOnly ClosedOn { get; private set; }

    public string ServiceArea { get; private set; } = null!;

    public DateTimeOffset ReceivedAt { get; private set; }

    /// <summary>Why the case-management system said not to contact the family (e.g. safeguarding); never contacted.</summary>
    public string? DoNotContactReason { get; private set; }

    // The contact details, one column each so erasing them empties the columns.
    public string? AddresseeName { get; private set; }

    public string? PostalAddress { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? PreferredLanguage { get; private set; }

    public LetterFormat? Format { get; private set; }

    /// <summary>The contact details, or null once erased (or never given).</summary>
    public FamilyContact? Contact => AddresseeName is null ? null : new(AddresseeName, PostalAddress, Email, Phone, PreferredLanguage, Format ?? LetterFormat.Standard);

    public DateOnly? ContactErasedOn { get; private set; }

    public DateOnly? OptedOutOn { get; private set; }

    public OptOutRoute? OptedOutVia { get; private set; }

    /// <summary>The single-use link to the closed-case questionnaire the letter carries.</summary>
    public InvitationId? InvitationId { get; private set; }

    public LetterStatus LetterStatus { get; private set; }

    public LetterChannel? LetterChannel { get; private set; }

    /// <summary>The day the letter was written: the email's day, or the print batch it is in.</summary>
    public DateOnly? LetterDate { get; private set; }

    /// <summary>The emailed letter's Message-ID, fixed before it is sent so a mail server can tell a resend of it.</summary>
    public string? MessageId { get; private set; }

    /// <summary>Whether an officer had the letter resent after its status was unknown.</summary>
    public bool ResentByHand { get; private set; }

    public DateTimeOffset? PrintedAt { get; private set; }

    /// <summary>The day feedback arrived, by whatever route.</summary>
    public DateOnly? RespondedOn { get; private set; }

    public Channel? RespondedVia { get; private set; }

    /// <summary>The quarterly draw the closure took part in; it takes part in one.</summary>
    public SampleDrawId? SampleDrawId { get; private set; }

    /// <summary>Whether that draw picked it for a telephone call.</summary>
    public bool Drawn { get; private set; }

    /// <summary>The calls made to the family, in order.</summary>
    public IReadOnlyList<CallAttempt> Calls => _calls;

    /// <summary>The final outcome of the telephone follow-up.</summary>
    public CallOutcome? CallOutcome { get; private set; }

    /// <summary>The day the follow-up ended: feedback, an opt-out, a final call outcome, or not being drawn.</summary>
    public DateOnly? FollowUpEndedOn { get; private set; }

    /// <summary>Whether the family is on the telephone call list now.</summary>
    public bool OnCallList => Drawn && FollowUpEndedOn is null;

    /// <summary>
    /// A closure as the case-management system (or an officer) reports it. A family not to be contacted is stored
    /// without contact details and counts as opted out from the start.
    /// </summary>
    public static CaseClosure Receive(Guid? partnerId, string closureId, string caseReference, DateOnly closedOn, string serviceArea, FamilyContact? contact, string? doNotContactReason, DateTimeOffset now, DateOnly today)
    {
        var closure = new CaseClosure
        {
            Id = new CaseClosureId(Guid.CreateVersion7()),
            PartnerId = partnerId,
            ClosureId = closureId,
            CaseReference = caseReference,
            ClosedOn = closedOn,
            ServiceArea = serviceArea,
            ReceivedAt = now,
            DoNotContactReason = doNotContactReason,
            LetterStatus = LetterStatus.Waiting,
        };
        if (doNotContactReason is not null)
        {
            closure.OptOut(OptOutRoute.ClosureNotice, today);
        }
        else if (contact is not null)
        {
            closure.AddresseeName = contact.AddresseeName;
            closure.PostalAddress = contact.PostalAddress;
            closure.Email = contact.Email;
            closure.Phone = contact.Phone;
            closure.PreferredLanguage = contact.PreferredLanguage;
            closure.Format = contact.Format;
        }

        return closure;
    }

    /// <summary>Whether the next letters run writes to the family.</summary>
    public bool AwaitsLetter => LetterStatus == LetterStatus.Waiting && OptedOutOn is null && FollowUpEndedOn is null && Contact is not null;

    /// <summary>
    /// Records, before anything is sent, that the letter goes by email under <paramref name="messageId"/>. Whatever
    /// happens after, the closure is never written to again by the job: the send's outcome is recorded, or a later run
    /// finds it still sending and hands it to officers.
    /// </summary>
    public void EmailLetter(InvitationId invitation, string messageId, DateOnly today)
    {
        InvitationId ??= invitation;
        LetterChannel = ClosedCases.LetterChannel.Email;
        LetterStatus = LetterStatus.Sending;
        MessageId = messageId;
        // The first attempt's day: contact details are kept from it, not from a later retry.
        LetterDate ??= today;
    }

    /// <summary>Puts the letter in <paramref name="today"/>'s print batch: nothing leaves the building until an officer prints it.</summary>
    public void PostLetter(InvitationId invitation, DateOnly today)
    {
        InvitationId ??= invitation;
        LetterChannel = ClosedCases.LetterChannel.Post;
        LetterStatus = LetterStatus.InPrintBatch;
        LetterDate = today;
    }

    /// <summary>A run that was to send the letter did not, finding it no longer wanted (the family opted out or answered meanwhile).</summary>
    public void LetterWithdrawn() => LetterStatus = LetterStatus.NotWritten;

    /// <summary>The mail server accepted the email.</summary>
    public void LetterAccepted() => LetterStatus = LetterStatus.Sent;

    /// <summary>
    /// The mail server refused the email before taking it: nothing reached the family, and the next run tries again,
    /// unless the family opted out meanwhile.
    /// </summary>
    public void LetterRefused() => LetterStatus = OptedOutOn is null ? LetterStatus.Waiting : LetterStatus.NotWritten;

    /// <summary>The address cannot take the email, now or later: officers see it rather than the job retrying every day.</summary>
    public void LetterUndeliverable() => LetterStatus = LetterStatus.Undeliverable;

    /// <summary>A send began and its outcome cannot be known: officers check it by hand.</summary>
    public void LetterFateUnknown() => LetterStatus = LetterStatus.StatusUnknown;

    /// <summary>An officer found that the letter whose status was unknown did arrive.</summary>
    public void LetterConfirmedSent()
    {
        CheckRule(new LetterCheckedOnlyWhenUnknownRule(LetterStatus));
        LetterStatus = LetterStatus.Sent;
    }

    /// <summary>An officer found that the letter whose status was unknown did not arrive: the next run writes it again, once.</summary>
    public void ResendLetter()
    {
        CheckRule(new LetterCheckedOnlyWhenUnknownRule(LetterStatus));
        CheckRule(new ResendAtMostOnceRule(ResentByHand));
        ResentByHand = true;
        LetterStatus = OptedOutOn is null ? LetterStatus.Waiting : LetterStatus.NotWritten;
    }

    /// <summary>The print batch holding this letter was printed.</summary>
    public void LetterPrinted(DateTimeOffset now)
    {
        LetterStatus = LetterStatus.Printed;
        PrintedAt = now;
    }

    /// <summary>
    /// The family opted out: never contacted again for this closure. A second opt-out changes nothing. A letter a run
    /// is sending is left to the run: only it knows whether the message was handed over.
    /// </summary>
    public void OptOut(OptOutRoute via, DateOnly today)
    {
        if (OptedOutOn is not null)
        {
            return;
        }

        OptedOutOn = today;
        OptedOutVia = via;
        if (LetterStatus == LetterStatus.Waiting)
        {
            LetterStatus = LetterStatus.NotWritten;
        }

        EndFollowUp(today);
    }

    /// <summary>Feedback the family gave an officer by ringing or writing in: once, and not after it answered another way.</summary>
    public void FeedbackGivenToOfficer(Channel via, DateOnly today)
    {
        CheckRule(new FeedbackRecordedOnceRule(RespondedOn));
        Responded(via, today);
    }

    /// <summary>
    /// The family answered an anonymous questionnaire through the letter's link: the follow-up has done its work, and
    /// the closure lets go of the link, the one thing that joined the family to its answer (the link's token derives
    /// from its id, and the link keeps a fingerprint of the answers; docs/domain/data-protection-and-retention.md).
    /// </summary>
    public void AnsweredAnonymouslyByLink(Channel via, DateOnly today)
    {
        Responded(via, today);
        InvitationId = null;
    }

    /// <summary>Feedback arrived, by the link or on the telephone: the follow-up has done its work.</summary>
    public void Responded(Channel via, DateOnly today)
    {
        RespondedOn ??= today;
        RespondedVia ??= via;
        EndFollowUp(today);
    }

    /// <summary>Takes part in a quarterly draw; one not drawn ends its follow-up there.</summary>
    public void TookPartIn(SampleDrawId draw, bool drawn, DateOnly today)
    {
        SampleDrawId = draw;
        Drawn = drawn;
        if (!drawn)
        {
            EndFollowUp(today);
        }
    }

    /// <summary>
    /// Records a call to a sampled family. Feedback given, declined and a wrong number are final; no answer or a call
    /// back requested count as attempts, and after <paramref name="maxAttempts"/> the outcome is no answer.
    /// </summary>
    public void RecordCall(CallOutcome outcome, string by, int maxAttempts, DateTimeOffset now, DateOnly today)
    {
        CheckRule(new CallOnlyFamiliesOnTheCallListRule(OnCallList));
        _calls.Add(new CallAttempt(now, outcome, by));
        if (outcome is ClosedCases.CallOutcome.NoAnswer or ClosedCases.CallOutcome.CallBackRequested)
        {
            if (_calls.Count < maxAttempts)
            {
                return;
            }

            outcome = ClosedCases.CallOutcome.NoAnswer;
        }

        CallOutcome = outcome;
        if (outcome == ClosedCases.CallOutcome.FeedbackGiven)
        {
            Responded(Channel.Telephone, today);
        }

        EndFollowUp(today);
    }

    /// <summary>The days after its quarter ends within which a closure's draw is made (the first working day of the next quarter, well inside).</summary>
    public const int DrawnWithinDays = 14;

    /// <summary>
    /// Whether the contact details are no longer needed (docs/domain/closed-case-follow-up.md#contact-details): the
    /// follow-up ended; or <paramref name="keepDays"/> days passed since the letter (since the closure arrived, if no
    /// letter was written), unless the family may still be drawn for a call; or, for a family on the call list,
    /// <paramref name="keepDays"/> days passed since its draw was due.
    /// </summary>
    public bool ContactNoLongerNeeded(DateOnly today, int keepDays)
    {
        if (Contact is null)
        {
            return false;
        }

        var drawDue = ReportPeriod.QuarterOf(ClosedOn).To.AddDays(DrawnWithinDays);
        if (FollowUpEndedOn is not null)
        {
            return true;
        }

        if (OnCallList)
        {
            return drawDue.AddDays(keepDays) <= today;
        }

        var mayStillBeDrawn = SampleDrawId is null && Phone is not null && RespondedOn is null && today <= drawDue;
        return !mayStillBeDrawn && (LetterDate ?? UkDates.Of(ReceivedAt)).AddDays(keepDays) <= today;
    }

    /// <summary>Erases the contact details; what reporting needs stays.</summary>
    public void EraseContact(DateOnly today)
    {
        AddresseeName = null;
        PostalAddress = null;
        Email = null;
        Phone = null;
        PreferredLanguage = null;
        Format = null;
        ContactErasedOn ??= today;
        if (LetterStatus == LetterStatus.Waiting)
        {
            LetterStatus = LetterStatus.NotWritten;
        }

        EndFollowUp(today);
    }

    private void EndFollowUp(DateOnly today) => FollowUpEndedOn ??= today;
}
