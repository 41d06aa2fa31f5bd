using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Each point of complaint gets its own finding (upheld, partly upheld, not upheld).</summary>
internal sealed class EveryPointHasAFindingRule(IReadOnlyList<ComplaintPoint> points, IReadOnlyDictionary<int, Finding> findings) : IBusinessRule
{
    public string Code => "complaints.findings-incomplete";

    public string Message => "Record one finding for each point of complaint, and none for points that do not exist.";

    public RuleKind Kind => RuleKind.Unprocessable;

    public bool IsBroken() => !points.Select(point => point.Number).ToHashSet().SetEquals(findings.Keys);
}
