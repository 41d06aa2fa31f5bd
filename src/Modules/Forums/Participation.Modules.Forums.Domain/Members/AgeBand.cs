namespace Participation.Modules.Forums.Domain.Members;

/// <summary>
/// A member's age as a band, never a date of birth (docs/domain/forums.md#members): enough to know who needs a
/// parent's consent (under 13) and who may be ageing out.
/// </summary>
public enum AgeBand
{
    /// <summary>Under 11.</summary>
    UnderEleven,

    /// <summary>11 or 12.</summary>
    ElevenToTwelve,

    /// <summary>13 to 15.</summary>
    ThirteenToFifteen,

    /// <summary>16 or 17.</summary>
    SixteenToSeventeen,

    /// <summary>18 to 20.</summary>
    EighteenToTwenty,

    /// <summary>21 to 24.</summary>
    TwentyOneToTwentyFour,

    /// <summary>25 or over; adults in parents', carers' and staff groups.</summary>
    Adult,
}

/// <summary>What the bands mean in years.</summary>
public static class AgeBands
{
    /// <summary>
    /// Under 13 needs a parent's or carer's consent: the age UK GDPR Article 8 and the Data Protection Act 2018 s.9
    /// set for a child's own consent to an online service, which councils apply to children's involvement too.
    /// </summary>
    public const int OwnConsentAge = 13;

    /// <summary>The oldest age in the band; null for the open-ended adult band.</summary>
    public static int? OldestAge(this AgeBand band) => band switch
    {
        AgeBand.UnderEleven => 10,
        AgeBand.ElevenToTwelve => 12,
        AgeBand.ThirteenToFifteen => 15,
        AgeBand.SixteenToSeventeen => 17,
        AgeBand.EighteenToTwenty => 20,
        AgeBand.TwentyOneToTwentyFour => 24,
        _ => null,
    };

    /// <summary>Whether everyone in the band is under 13.</summary>
    public static bool IsUnderOwnConsentAge(this AgeBand band) => band.OldestAge() < OwnConsentAge;

    /// <summary>Whether someone in the band may reach <paramref name="leavingAge"/> before the band is next reviewed.</summary>
    public static bool MayReach(this AgeBand band, int leavingAge) => band.OldestAge() is not { } oldest || oldest + 1 >= leavingAge;
}
