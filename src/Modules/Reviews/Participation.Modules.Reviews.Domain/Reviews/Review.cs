using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Rules;

namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>
/// A meeting about a child's own life and the facts of their participation in it. The participation code is derived
/// from the facts whenever they change and is never written on its own (docs/domain/participation-codes.md).
/// </summary>
public sealed class Review : AggregateRoot<ReviewId>
{
    private Review()
    {
    }

    /// <summary>The partner system that posted it; null when staff recorded it.</summary>
    public Guid? PartnerId { get; private init; }

    /// <summary>The partner's own id for the meeting; null when staff recorded it.</summary>
    public string? MeetingId { get; private init; }

    /// <summary>The kind of meeting.</summary>
    public ReviewKind Kind { get; private set; }

    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>The child's pseudonymous reference.</summary>
    public string ChildReference { get; private set; } = null!;

    /// <summary>The child's age in whole years on the day.</summary>
    public int AgeInYears { get; private set; }

    /// <summary>The service area (code).</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>Who chaired it.</summary>
    public string Chair { get; private set; } = null!;

    /// <summary>The day it was due by, where a timescale applies.</summary>
    public DateOnly? DueOn { get; private set; }

    /// <summary>The facts of the child's participation.</summary>
    public ReviewFacts Facts { get; private set; } = null!;

    /// <summary>The derived PN code: PN0–PN7 for a looked-after review, null for other meetings.</summary>
    public string? ParticipationCode { get; private set; }

    /// <summary>Records a meeting, staff-entered or posted by a partner under its own meeting id.</summary>
    public static Review Record(ReviewDetails details, ReviewFacts facts, Guid? partnerId, string? meetingId, DateTimeOffset now, bool sameReviewRecorded = false)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new OneLookedAfterReviewADayRule(details.Kind == ReviewKind.LookedAfterReview && sameReviewRecorded));
        var review = new Review { Id = new ReviewId(Guid.CreateVersion7()), PartnerId = partnerId, MeetingId = meetingId };
        review.Apply(details, facts, now);
        return review;
    }

    /// <summary>Corrects what was recorded; the code is derived again.</summary>
    public void Correct(ReviewDetails details, ReviewFacts facts, DateTimeOffset now, bool sameReviewRecorded = false)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new OneLookedAfterReviewADayRule(details.Kind == ReviewKind.LookedAfterReview && sameReviewRecorded));
        Apply(details, facts, now);
    }

    private void Apply(ReviewDetails details, ReviewFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentNullException.ThrowIfNull(facts);
        facts = facts with { Views = [.. facts.Views.Distinct().Order()] };
        CheckRule(new HeldNotPlannedRule("reviews.not-held-yet", details.HeldOn, Participation.BuildingBlocks.Domain.Calendar.UkDates.Of(now)));
        CheckRule(new FactsAgreeRule(facts));
        if (Facts is not null && Same(details, facts))
        {
            return;
        }

        Kind = details.Kind;
        HeldOn = details.HeldOn;
        ChildReference = details.ChildReference;
        AgeInYears = details.AgeInYears;
        ServiceArea = details.ServiceArea;
        Chair = details.Chair;
        DueOn = details.DueOn;
        Facts = facts;
        ParticipationCode = details.Kind == ReviewKind.LookedAfterReview ? ParticipationCodes.Derive(details.AgeInYears, Facts) : null;
        Raise(new ReviewRecordedDomainEvent(this, now));
    }

    /// <summary>Whether nothing would change: a partner sending the same again records and announces nothing.</summary>
    private bool Same(ReviewDetails details, ReviewFacts facts) =>
        details == new ReviewDetails(Kind, HeldOn, ChildReference, AgeInYears, ServiceArea, Chair, DueOn)
        && facts with { Views = Facts.Views } == Facts
        && facts.Views.SequenceEqual(Facts.Views);
}
