using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A closed or withdrawn complaint is a record: its procedure no longer changes (the Ombudsman's part excepted).</summary>
internal sealed class ClosedComplaintCannotChangeRule(ComplaintStatus status) : IBusinessRule
{
    public string Code => "complaints.closed";

    public string Message => "The complaint is closed or withdrawn and can no longer change.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => status.IsClosed();
}
