using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Stage 3 is a review panel of three independent people (DOMAIN.md; 2006 regulations, review panel stage).</summary>
internal sealed class PanelOfThreeRule(int members) : IBusinessRule
{
    public string Code => "complaints.panel-of-three";

    public string Message => "A review panel has three independent members.";

    public bool IsBroken() => members != Complaints.Timescales.PanelMembers;
}
