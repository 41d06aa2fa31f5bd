using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>
/// Children leave children's forums at 18; care leavers may stay to 21, or 25 where the council supports them that
/// long (Children and Social Work Act 2017 s.3, personal advisers to 25). Any other age is a mistake.
/// </summary>
internal sealed class AgeOutAgeFitsTheMemberRule(int? ageOutAt, Audience audience, IReadOnlyList<PriorityCohort> cohorts) : IBusinessRule
{
    /// <summary>The age a child leaves a children's forum.</summary>
    public const int Adulthood = 18;

    public string Code => "forums.members.age-out-age";

    public string Message => "A member ages out at 18, or at 21 or 25 only if they are a care leaver.";

    /// <remarks>A care leaver is known by the audience they speak as or by the cohort they belong to.</remarks>
    public bool IsBroken() => ageOutAt is { } age && age != Adulthood
        && !(age is 21 or 25 && (audience == Audience.CareLeaver || cohorts.Contains(PriorityCohort.CareLeavers)));
}
