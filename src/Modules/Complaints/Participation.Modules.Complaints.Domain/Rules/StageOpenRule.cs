using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A stage is extended or answered only while it is open; a responded or closed complaint does not change.</summary>
internal sealed class StageOpenRule(ComplaintStatus status) : IBusinessRule
{
    public string Code => "complaints.stage-not-open";

    public string Message => $"No stage is open to act on: the complaint is {status.InWords()}.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !status.HasStageOpen();
}
