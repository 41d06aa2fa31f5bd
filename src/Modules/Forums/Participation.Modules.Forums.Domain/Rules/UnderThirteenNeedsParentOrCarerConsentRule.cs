using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>
/// A member under 13 takes part on a parent's or carer's consent, not their own; the social worker gives it only for a
/// looked-after child, for whom the council is corporate parent (docs/domain/forums.md#consent).
/// </summary>
internal sealed class UnderThirteenNeedsParentOrCarerConsentRule(AgeBand band, ConsentGiver givenBy, IReadOnlyList<PriorityCohort> cohorts) : IBusinessRule
{
    public string Code => "forums.members.parent-or-carer-consent-required";

    public string Message => "A member under 13 needs the consent of a parent or carer on record (a social worker's only for a looked-after child).";

    public bool IsBroken() =>
        band.IsUnderOwnConsentAge()
        && givenBy is not (ConsentGiver.Parent or ConsentGiver.Carer)
        && !(givenBy == ConsentGiver.SocialWorker && cohorts.Contains(PriorityCohort.LookedAfterChildren));
}
