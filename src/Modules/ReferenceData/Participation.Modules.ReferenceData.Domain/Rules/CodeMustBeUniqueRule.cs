using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Rules;

/// <summary>A code identifies an entry for ever, across retirements, so old feedback keeps its meaning.</summary>
internal sealed class CodeMustBeUniqueRule(string list, bool codeInUse) : IBusinessRule
{
    public string Code => "reference-data.code-in-use";

    public string Message => $"The code is already used by another entry in the {list} list, active or retired.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => codeInUse;
}
