using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>A stage is extended or answered only while it is open; a responded or closed complaint does not change.</summary>
internal sealed class StageOpenRule(int stage, bool open) : IBusinessRule
{
    public string Code => "complaints.stage-not-open";

    public string Message => $"Stage {stage} is not open.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => !open;
}
