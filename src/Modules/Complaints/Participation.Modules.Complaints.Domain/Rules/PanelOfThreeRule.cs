using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Stage 3 is a review panel of three independent people (2006 regulations, regulation 19; docs/domain/complaints.md#stage-3).</summary>
internal sealed class PanelOfThreeRule(IReadOnlyList<string> members) : IBusinessRule
{
    public string Code => "complaints.panel-of-three";

    public string Message => "A review panel has three independent members.";

    public bool IsBroken() => members.Distinct(StringComparer.OrdinalIgnoreCase).Count() != Complaints.Timescales.PanelMembers;
}
