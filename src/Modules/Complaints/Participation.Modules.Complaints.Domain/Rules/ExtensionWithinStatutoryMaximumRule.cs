using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Regulation 14, 2006 regulations: stage 1 (10 working days) may be extended to at most 20 working days in all.</summary>
internal sealed class ExtensionWithinStatutoryMaximumRule(int workingDays, int standard, int maximum) : IBusinessRule
{
    public string Code => "complaints.extension-over-maximum";

    public string Message => $"An extension must allow more than {standard} and at most {maximum} working days in all.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => workingDays <= standard || workingDays > maximum;
}
