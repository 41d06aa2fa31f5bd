using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>An action is completed once; its completion date is the record of when things changed.</summary>
internal sealed class ActionNotCompletedTwiceRule(Lesson lesson) : IBusinessRule
{
    public string Code => "complaints.action-already-completed";

    public string Message => "This action has already been completed.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => lesson.CompletedOn is not null;
}
