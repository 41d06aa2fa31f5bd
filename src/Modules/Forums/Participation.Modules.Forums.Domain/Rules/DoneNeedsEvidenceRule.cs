using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>The plan is reported to senior managers: an action marked done says what shows it.</summary>
internal sealed class DoneNeedsEvidenceRule(ActionStatus status, string? evidence) : IBusinessRule
{
    public string Code => "forums.action-plan.done-needs-evidence";

    public string Message => "An action marked done needs its evidence.";

    public bool IsBroken() => status == ActionStatus.Done && string.IsNullOrWhiteSpace(evidence);
}
