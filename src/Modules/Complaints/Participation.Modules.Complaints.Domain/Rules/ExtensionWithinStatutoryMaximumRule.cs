using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>An extension lengthens the stage, within the procedure's maximum where it has one (2006 regulations: stage 1 to 20, stage 2 to 65 working days).</summary>
internal sealed class ExtensionWithinStatutoryMaximumRule(int workingDays, int standard, int? maximum) : IBusinessRule
{
    public string Code => "complaints.extension-over-maximum";

    public string Message => maximum is { } most
        ? $"An extension must allow more than {standard} and at most {most} working days in all."
        : $"An extension must allow more than {standard} working days in all.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => workingDays <= standard || workingDays > maximum;
}
