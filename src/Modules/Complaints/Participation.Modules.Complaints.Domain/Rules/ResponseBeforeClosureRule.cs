using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A complaint is closed once a stage has been answered; an open stage is answered or withdrawn, not closed unanswered.</summary>
internal sealed class ResponseBeforeClosureRule(ComplaintStatus status) : IBusinessRule
{
    public string Code => "complaints.close-unanswered";

    public string Message => "Answer the open stage, or record a withdrawal, before closing the complaint.";

    public bool IsBroken() => status.HasStageOpen();
}
