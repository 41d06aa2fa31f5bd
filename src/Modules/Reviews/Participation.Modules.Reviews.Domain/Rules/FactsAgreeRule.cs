using Participation.BuildingBlocks.Domain;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Domain.Rules;

/// <summary>
/// Recorded facts that cannot all be true are refused, each with its own stable code, rather than coded by guesswork
/// (docs/domain/participation-codes.md#contradictions). The first contradiction found is reported.
/// </summary>
internal sealed class FactsAgreeRule(ReviewFacts facts) : IBusinessRule
{
    private static readonly (string Code, string Message, Func<ReviewFacts, bool> Contradicts)[] Contradictions =
    [
        ("reviews.facts.spoke-without-attending", "The child did not attend yet is recorded as speaking for themselves in the meeting.", facts => !facts.Attended && facts.Views.Contains(ViewsRoute.SpokeForThemselves)),
        ("reviews.facts.symbolic-without-attending", "The child did not attend yet is recorded as conveying views symbolically in the meeting.", facts => !facts.Attended && facts.Views.Contains(ViewsRoute.Symbolically)),
        ("reviews.facts.advocate-spoke-without-attending", "The child did not attend: an advocate who spoke for them was briefed (briefed-advocate), not speaking beside them (advocate-spoke).", facts => !facts.Attended && facts.Views.Contains(ViewsRoute.AdvocateSpoke)),
        ("reviews.facts.briefed-advocate-while-attending", "The child attended: an advocate who spoke for them is advocate-spoke, not briefed-advocate (which is for a child who did not attend).", facts => facts.Attended && facts.Views.Contains(ViewsRoute.BriefedAdvocate)),
        ("reviews.facts.not-conveyed-with-views", "Views are recorded as not conveyed and as conveyed at once.", facts => facts.Views.Contains(ViewsRoute.NotConveyed) && facts.Views.Count > 1),
        ("reviews.facts.advocate-used-not-offered", "An advocate is recorded as used but not offered.", facts => facts.AdvocateUsed && !facts.AdvocateOffered),
        ("reviews.facts.advocate-spoke-not-used", "An advocate spoke for the child, but no advocate is recorded as used.", facts => !facts.AdvocateUsed && (facts.Views.Contains(ViewsRoute.AdvocateSpoke) || facts.Views.Contains(ViewsRoute.BriefedAdvocate))),
        ("reviews.facts.form-returned-not-sent", "A views form is recorded as returned but not sent.", facts => facts.FormReturned && !facts.FormSent),
    ];

    private readonly (string Code, string Message, Func<ReviewFacts, bool> Contradicts)? _found = Contradictions.FirstOrDefault(contradiction => contradiction.Contradicts(facts)) is { Code: not null } found ? found : null;

    /// <summary>Every contradiction's code, for documentation and tests.</summary>
    public static IEnumerable<string> Codes => Contradictions.Select(contradiction => contradiction.Code);

    public string Code => _found?.Code ?? "reviews.facts";

    public string Message => _found?.Message ?? "The facts agree.";

    public bool IsBroken() => _found is not null;
}
