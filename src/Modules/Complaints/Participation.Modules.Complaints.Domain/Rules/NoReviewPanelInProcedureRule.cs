using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Only procedures with a review panel stage (the 2006 England procedure) have a stage 3; under the SPSO model the next step is the Ombudsman.</summary>
internal sealed class NoReviewPanelInProcedureRule(ProcedureTimescales timescales) : IBusinessRule
{
    public string Code => "complaints.no-review-panel";

    public string Message => "This complaint's procedure has no review panel stage.";

    public bool IsBroken() => !timescales.HasReviewPanel;
}
