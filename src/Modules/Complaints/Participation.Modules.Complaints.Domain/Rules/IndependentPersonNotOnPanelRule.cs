using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>The stage 2 independent person may not sit on the review panel (2006 regulations, regulation 19(3); docs/domain/complaints.md#stage-3).</summary>
internal sealed class IndependentPersonNotOnPanelRule(IReadOnlyList<string> members, string independentPerson) : IBusinessRule
{
    public string Code => "complaints.independent-person-on-panel";

    public string Message => "The stage 2 independent person may not sit on the review panel.";

    public bool IsBroken() => members.Any(member => string.Equals(member.Trim(), independentPerson.Trim(), StringComparison.OrdinalIgnoreCase));
}
