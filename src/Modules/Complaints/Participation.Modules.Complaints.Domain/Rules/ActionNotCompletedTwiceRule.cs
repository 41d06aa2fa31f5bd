using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>An action is completed once; its completion date is the record of when things changed.</summary>
internal sealed class ActionNotCompletedTwiceRule(bool completed) : IBusinessRule
{
    public string Code => "complaints.action-already-completed";

    public string Message => "This action has already been completed.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => completed;
}
