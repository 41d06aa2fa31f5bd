namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>What the case-management system tells us happened, which may send a questionnaire (docs/domain/surveys.md#triggers).</summary>
public enum CaseEvent
{
    /// <summary>A child protection conference (initial or review) is booked; the event date is the conference.</summary>
    ChildProtectionConferenceBooked,

    /// <summary>A looked-after child's review is booked; the event date is the review.</summary>
    LookedAfterReviewBooked,

    /// <summary>A child's placement started; the event date is its first day.</summary>
    PlacementStarted,

    /// <summary>A foster carer is leaving fostering; the event date is their last day.</summary>
    FosterCarerLeaving,

    /// <summary>A child was placed for adoption; the event date is the placement.</summary>
    AdoptionPlacementMade,
}
