using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Domain.Rules;

namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>Where a return stands.</summary>
public enum ReturnStatus
{
    /// <summary>Opened for the period; nothing submitted yet.</summary>
    Open,

    /// <summary>Submitted, awaiting the commissioner.</summary>
    Submitted,

    /// <summary>Returned with comments for a resubmission.</summary>
    Returned,

    /// <summary>Accepted.</summary>
    Accepted,
}

/// <summary>
/// A provider's participation return for one period (docs/domain/participation-returns.md): submitted by its system or
/// an officer, immutable once submitted, accepted or returned by a commissioner, every submission and review kept.
/// </summary>
public sealed class ParticipationReturn : AggregateRoot<ReturnId>
{
    private readonly List<ReturnSubmission> _submissions = [];
    private readonly List<ReturnReview> _reviews = [];

    private ParticipationReturn()
    {
    }

    /// <summary>The provider.</summary>
    public ProviderId ProviderId { get; private init; }

    /// <summary>The period's label, e.g. <c>2026-27 Q1</c>.</summary>
    public string Period { get; private init; } = null!;

    /// <summary>The period's first day.</summary>
    public DateOnly PeriodFrom { get; private init; }

    /// <summary>The period's last day.</summary>
    public DateOnly PeriodTo { get; private init; }

    /// <summary>The day it is due by.</summary>
    public DateOnly DueOn { get; private init; }

    /// <summary>When it was first submitted: on time when on or before the due date.</summary>
    public DateTimeOffset? FirstSubmittedAt { get; private set; }

    /// <summary>The day the daily job found it overdue (nothing submitted by its due date); set once.</summary>
    public DateOnly? OverdueOn { get; private set; }

    /// <summary>When the reminder before the due date went to the provider's contact.</summary>
    public DateTimeOffset? ReminderSentAt { get; private set; }

    /// <summary>When the overdue notice went to the provider's contact.</summary>
    public DateTimeOffset? OverdueNoticeSentAt { get; private set; }

    /// <summary>Every submission, in order.</summary>
    public IReadOnlyList<ReturnSubmission> Submissions => _submissions;

    /// <summary>Every review, in order.</summary>
    public IReadOnlyList<ReturnReview> Reviews => _reviews;

    /// <summary>Where it stands.</summary>
    public ReturnStatus Status =>
        _submissions.Count == 0 ? ReturnStatus.Open
        : _reviews.Count == 0 || _reviews[^1].Submission < _submissions.Count ? ReturnStatus.Submitted
        : _reviews[^1].Decision == ReviewDecision.Accept ? ReturnStatus.Accepted
        : ReturnStatus.Returned;

    /// <summary>Opens a provider's return for a period, due on <paramref name="dueOn"/>; one per provider and period.</summary>
    public static ParticipationReturn Open(Provider provider, ReportPeriod period, DateOnly dueOn, bool periodAlreadyOpen)
    {
        ArgumentNullException.ThrowIfNull(provider);
        ArgumentNullException.ThrowIfNull(period);
        CheckRule(new DeactivatedProviderCannotChangeRule(provider.DeactivatedOn is not null));
        CheckRule(new CaseManagementSystemMakesNoReturnsRule(provider.MakesReturns));
        CheckRule(new ReturnPeriodMatchesCadenceRule(provider.ReturnsEvery, period));
        CheckRule(new ReturnPeriodWithinContractRule(provider.ContractStart, provider.ContractEnd, period));
        CheckRule(new ReturnPeriodNotOpenedTwiceRule(period.Label, periodAlreadyOpen));
        return new ParticipationReturn
        {
            Id = new ReturnId(Guid.CreateVersion7()),
            ProviderId = provider.Id,
            Period = period.Label,
            PeriodFrom = period.From,
            PeriodTo = period.To,
            DueOn = dueOn,
        };
    }

    /// <summary>Submits the content: the first time, or again after it was returned. A submission never changes.</summary>
    public ReturnSubmission Submit(ReturnContent content, string submittedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        CheckRule(new ReturnOpenForSubmissionRule(Status));
        var submission = new ReturnSubmission(_submissions.Count + 1, content, now, submittedBy);
        _submissions.Add(submission);
        FirstSubmittedAt ??= now;
        return submission;
    }

    /// <summary>Marks the return overdue, once, when nothing was submitted by its due date; false when there was nothing new to mark.</summary>
    public bool MarkOverdueIfLate(DateOnly today)
    {
        if (OverdueOn is not null || FirstSubmittedAt is not null || today <= DueOn)
        {
            return false;
        }

        OverdueOn = today;
        return true;
    }

    /// <summary>Which reminder, if any, is due to the provider today: the one before the due date from <paramref name="remindFrom"/>, or the overdue notice.</summary>
    public ReturnReminder? ReminderDue(DateOnly today, DateOnly remindFrom) =>
        FirstSubmittedAt is not null ? null
        : OverdueOn is not null ? OverdueNoticeSentAt is null ? ReturnReminder.Overdue : null
        : ReminderSentAt is null && today >= remindFrom && today <= DueOn ? ReturnReminder.BeforeDue
        : null;

    /// <summary>Records that a reminder went, so it never goes twice.</summary>
    public void RecordReminderSent(ReturnReminder reminder, DateTimeOffset now)
    {
        if (reminder == ReturnReminder.Overdue)
        {
            OverdueNoticeSentAt ??= now;
        }
        else
        {
            ReminderSentAt ??= now;
        }
    }

    /// <summary>The commissioner accepts the latest submission, or returns it with comments; the flags are raised on it now.</summary>
    public ReturnReview Review(ReviewDecision decision, IReadOnlyList<PrincipleRating> ratings, string? comments, string reviewedBy, DateTimeOffset now)
    {
        CheckRule(new ReturnAwaitingReviewRule(Status));
        CheckRule(new ReturnedWithCommentsRule(decision, comments));
        var latest = _submissions[^1];
        var review = new ReturnReview(latest.Number, decision, ratings, comments, ReturnFlags.Of(latest.Content), now, reviewedBy);
        _reviews.Add(review);
        if (decision == ReviewDecision.Accept)
        {
            Raise(new ReturnAcceptedDomainEvent(this, now));
        }

        return review;
    }
}
