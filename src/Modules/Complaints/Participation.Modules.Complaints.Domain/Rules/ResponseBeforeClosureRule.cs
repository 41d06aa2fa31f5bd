using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A complaint is closed once a stage has been answered; an open stage is answered or withdrawn, not closed unanswered.</summary>
internal sealed class ResponseBeforeClosureRule(bool answered) : IBusinessRule
{
    public string Code => "complaints.close-unanswered";

    public string Message => "Answer the open stage, or record a withdrawal, before closing the complaint.";

    public bool IsBroken() => !answered;
}
