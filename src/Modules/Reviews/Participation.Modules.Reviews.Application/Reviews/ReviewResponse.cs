using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Application.Reviews;

/// <summary>A review meeting, the facts of the child's participation, and the code derived from them.</summary>
/// <param name="Id">The review's id.</param>
/// <param name="MeetingId">The partner system's meeting id, where a partner posted it.</param>
/// <param name="Kind">The kind of meeting.</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="ChildReference">The child's pseudonymous reference.</param>
/// <param name="AgeInYears">The child's age in whole years on the day.</param>
/// <param name="ServiceArea">The service area.</param>
/// <param name="Chair">Who chaired it.</param>
/// <param name="DueOn">The day it was due by.</param>
/// <param name="Facts">The facts of the child's participation.</param>
/// <param name="ParticipationCode">PN0–PN7, derived from the facts, for a looked-after review; null for other meetings. Read-only.</param>
public sealed record ReviewResponse(
    Guid Id,
    [property: MaxLength(TextLengths.ExternalId)] string? MeetingId,
    ReviewKind Kind,
    DateOnly HeldOn,
    [property: MaxLength(TextLengths.ExternalId)] string ChildReference,
    int AgeInYears,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Name)] string Chair,
    DateOnly? DueOn,
    ReviewFacts Facts,
    [property: RegularExpression("^PN[0-7]$"), MaxLength(3)] string? ParticipationCode)
{
    /// <summary>The review as the API shows it.</summary>
    public static ReviewResponse From(Review review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new ReviewResponse(
            review.Id.Value, review.MeetingId, review.Kind, review.HeldOn, review.ChildReference, review.AgeInYears, review.ServiceArea, review.Chair, review.DueOn, review.Facts, review.ParticipationCode);
    }
}
