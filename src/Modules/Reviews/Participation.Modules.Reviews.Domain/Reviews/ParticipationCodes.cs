namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>
/// The SSDA903 "method of participation" codes for looked-after reviews, derived from the recorded facts by the
/// decision list in docs/domain/participation-codes.md#derivation (DfE, guide to the SSDA903 collection): the first
/// rule that matches gives the code, so the code records the child's most direct part in the meeting.
/// </summary>
public static class ParticipationCodes
{
    /// <summary>The age below which every review is PN0.</summary>
    public const int YoungestWhoseParticipationIsCoded = 4;

    /// <summary>The code for a review of a child of <paramref name="ageInYears"/> with consistent <paramref name="facts"/>.</summary>
    public static string Derive(int ageInYears, ReviewFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        bool Has(ViewsRoute route) => facts.Views.Contains(route);
        return (ageInYears < YoungestWhoseParticipationIsCoded, facts.Attended) switch
        {
            (true, _) => "PN0", // under 4 at the time of the review
            (false, true) when Has(ViewsRoute.SpokeForThemselves) => "PN1", // attends and speaks for themselves
            (false, true) when Has(ViewsRoute.AdvocateSpoke) => "PN2", // attends, an advocate speaks on their behalf
            (false, true) when Has(ViewsRoute.Symbolically) => "PN3", // attends and conveys views symbolically
            (false, true) => "PN4", // attends but does not speak, convey views symbolically or ask an advocate to speak
            (false, false) when Has(ViewsRoute.BriefedAdvocate) => "PN5", // does not attend, briefs an advocate to speak
            (false, false) when Has(ViewsRoute.OtherMedium) => "PN6", // does not attend, views by another medium
            (false, false) => "PN7", // does not attend, nor are views conveyed
        };
    }
}
