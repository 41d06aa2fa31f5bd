using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Each point of complaint gets its own finding (upheld, partly upheld, not upheld).</summary>
internal sealed class EveryPointHasAFindingRule(ISet<int> expected, ISet<int> given) : IBusinessRule
{
    public string Code => "complaints.findings-incomplete";

    public string Message => "Record one finding for each point of complaint, and none for points that do not exist.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => !expected.SetEquals(given);
}
