namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>The complaint at the Local Government and Social Care Ombudsman: referral, enquiry, decision, remedy.</summary>
public sealed class OmbudsmanCase
{
    internal OmbudsmanCase(DateOnly referredOn) => ReferredOn = referredOn;

    // For the persistence layer.
    private OmbudsmanCase()
    {
    }

    /// <summary>When the complainant went to the Ombudsman.</summary>
    public DateOnly ReferredOn { get; private set; }

    /// <summary>When the Ombudsman's enquiry reached the council.</summary>
    public DateOnly? EnquiryReceivedOn { get; private set; }

    /// <summary>When the Ombudsman decided.</summary>
    public DateOnly? DecidedOn { get; private set; }

    /// <summary>What the Ombudsman decided.</summary>
    public OmbudsmanDecision? Decision { get; private set; }

    /// <summary>The remedy the Ombudsman asked for, if any.</summary>
    public string? Remedy { get; private set; }

    /// <summary>When the remedy is due.</summary>
    public DateOnly? RemedyDueOn { get; private set; }

    /// <summary>When the council completed the remedy.</summary>
    public DateOnly? RemedyCompletedOn { get; private set; }

    internal void EnquiryReceived(DateOnly on) => EnquiryReceivedOn = on;

    internal void Decided(DateOnly on, OmbudsmanDecision decision, string? remedy, DateOnly? remedyDueOn)
    {
        DecidedOn = on;
        Decision = decision;
        Remedy = remedy;
        RemedyDueOn = remedyDueOn;
    }

    internal void RemedyCompleted(DateOnly on) => RemedyCompletedOn = on;
}
