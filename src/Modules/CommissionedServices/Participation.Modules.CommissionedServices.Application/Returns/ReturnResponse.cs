using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>A participation return with every submission and review.</summary>
/// <param name="Id">The return's id.</param>
/// <param name="ProviderId">The provider.</param>
/// <param name="Period">The period's label, e.g. 2026-27 Q1.</param>
/// <param name="PeriodFrom">The period's first day.</param>
/// <param name="PeriodTo">The period's last day.</param>
/// <param name="DueOn">The day it is due by.</param>
/// <param name="Status">open | submitted | returned | accepted.</param>
/// <param name="Submissions">Every submission, in order; none changes once made.</param>
/// <param name="Reviews">Every review, in order, with the flags raised on the submission it reviewed.</param>
public sealed record ReturnResponse(
    Guid Id,
    Guid ProviderId,
    [property: MaxLength(ReportPeriod.LabelMaxLength)] string Period,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    DateOnly DueOn,
    ReturnStatus Status,
    [property: MaxLength(ReturnResponse.MaxRounds)] IReadOnlyList<ReturnSubmission> Submissions,
    [property: MaxLength(ReturnResponse.MaxRounds)] IReadOnlyList<ReturnReview> Reviews)
{
    /// <summary>More rounds of submission and review than one return goes through.</summary>
    public const int MaxRounds = 50;

    /// <summary>The return as the API shows it.</summary>
    public static ReturnResponse From(ParticipationReturn participationReturn)
    {
        ArgumentNullException.ThrowIfNull(participationReturn);
        return new ReturnResponse(
            participationReturn.Id.Value, participationReturn.ProviderId.Value, participationReturn.Period, participationReturn.PeriodFrom, participationReturn.PeriodTo,
            participationReturn.DueOn, participationReturn.Status, participationReturn.Submissions, participationReturn.Reviews);
    }

    /// <summary>
    /// The return as its provider's system sees it: the council's staff by their part, not their accounts' ids, which
    /// identify people to a system outside the council and are the council's to keep (minimisation,
    /// docs/domain/data-protection-and-retention.md).
    /// </summary>
    public ReturnResponse AsSeenByProvider() => this with
    {
        Submissions = [.. Submissions.Select(submission => submission.SubmittedBy == ReturnSubmission.ByProviderSystem ? submission : submission with { SubmittedBy = ReturnSubmission.ByCouncilOfficer })],
        Reviews = [.. Reviews.Select(review => review with { ReviewedBy = ReturnReview.ByCommissioner })],
    };
}
