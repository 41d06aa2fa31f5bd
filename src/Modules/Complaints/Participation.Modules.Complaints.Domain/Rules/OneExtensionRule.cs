using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Regulation 14, 2006 regulations: stage 1 may be extended once, to the statutory maximum.</summary>
internal sealed class OneExtensionRule(bool alreadyExtended) : IBusinessRule
{
    public string Code => "complaints.already-extended";

    public string Message => "Stage 1 has already been extended once.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => alreadyExtended;
}
