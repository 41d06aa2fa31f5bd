using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A review panel follows the stage 2 adjudication: it cannot be requested before it, nor twice.</summary>
internal sealed class Stage2AnsweredBeforeStage3Rule(ComplaintStatus status) : IBusinessRule
{
    public string Code => "complaints.stage2-not-answered";

    public string Message => "A review panel can be requested only after stage 2 has been answered, and only once.";

    public bool IsBroken() => status != ComplaintStatus.Stage2Responded;
}
