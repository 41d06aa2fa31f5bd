using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>
/// Under the 2006 regulations the stage 2 response carries the senior manager's adjudication, and a review panel comes
/// only after it (docs/domain/complaints.md#stage-2).
/// </summary>
internal sealed class AdjudicationRecordedRule(string? adjudication) : IBusinessRule
{
    public string Code => "complaints.adjudication-required";

    public string Message => "A stage 2 response records the senior manager's adjudication (remedy).";

    public bool IsBroken() => string.IsNullOrWhiteSpace(adjudication);
}
