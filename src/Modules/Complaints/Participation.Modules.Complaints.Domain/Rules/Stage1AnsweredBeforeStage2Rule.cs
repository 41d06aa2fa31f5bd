using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Stage 2 follows a stage 1 response: it cannot start while stage 1 is open, nor twice.</summary>
internal sealed class Stage1AnsweredBeforeStage2Rule(ComplaintStatus status) : IBusinessRule
{
    public string Code => "complaints.stage1-not-answered";

    public string Message => "Stage 2 can start only after stage 1 has been answered, and only once.";

    public bool IsBroken() => status != ComplaintStatus.Stage1Responded;
}
