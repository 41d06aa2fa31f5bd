using System.ComponentModel.DataAnnotations;

namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>The facts of a child's participation in one meeting, recorded once; the PN code follows from them.</summary>
/// <param name="InformationGiven">Age-appropriate information about the meeting was given beforehand.</param>
/// <param name="FormSent">A "What Do You Think" form was sent beforehand.</param>
/// <param name="FormReturned">The child returned it.</param>
/// <param name="FormInvitationId">The Surveys invitation that carried the form, where there was one.</param>
/// <param name="AdvocateOffered">An independent advocate was offered (Children Act 1989 s.26A for those who complain; good practice for every review).</param>
/// <param name="AdvocateUsed">The child used one.</param>
/// <param name="Attended">The child was at the meeting.</param>
/// <param name="Views">How the child's views reached the meeting; not-conveyed stands alone.</param>
/// <param name="FeltHelped">Afterwards, whether the child felt helped to give their views.</param>
public sealed record ReviewFacts(
    bool InformationGiven,
    bool FormSent,
    bool FormReturned,
    Guid? FormInvitationId,
    bool AdvocateOffered,
    bool AdvocateUsed,
    bool Attended,
    [property: MaxLength(ReviewFacts.MaxViews)] IReadOnlyList<ViewsRoute> Views,
    FeltHelped FeltHelped)
{
    /// <summary>Every route once.</summary>
    public const int MaxViews = 6;

    /// <summary>Whether the child's views reached the meeting by any route.</summary>
    public bool ViewsReachedMeeting => Views.Any(route => route != ViewsRoute.NotConveyed);

    /// <summary>Whether the child was prepared: information given, or a form sent.</summary>
    public bool Prepared => InformationGiven || FormSent;
}
