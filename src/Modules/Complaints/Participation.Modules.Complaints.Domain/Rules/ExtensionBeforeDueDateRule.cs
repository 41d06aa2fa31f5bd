using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>"Getting the Best from Complaints" (2006): an extension is agreed before the timescale runs out, not after.</summary>
internal sealed class ExtensionBeforeDueDateRule(DateOnly decidedOn, DateOnly dueDate) : IBusinessRule
{
    public string Code => "complaints.extension-after-due-date";

    public string Message => "An extension is recorded on or before the original due date, not after it has passed.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => decidedOn > dueDate;
}
