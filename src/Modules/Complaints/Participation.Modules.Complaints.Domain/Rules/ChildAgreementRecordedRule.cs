using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>"Getting the Best from Complaints" (2006): when someone complains on a child's behalf, the authority checks the child agrees.</summary>
internal sealed class ChildAgreementRecordedRule(Complainant complainant) : IBusinessRule
{
    public string Code => "complaints.child-agreement-unrecorded";

    public string Message => "A complaint made on a child's behalf records whether the child agrees to it.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => complainant.OnBehalfOfChild && complainant.ChildAgrees is null;
}
