using Participation.BuildingBlocks.Domain;

using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Domain.Rules;

/// <summary>Regulation 14, 2006 regulations: stage 1 may be extended once, to the statutory maximum.</summary>
internal sealed class OneExtensionRule(ComplaintStage stage) : IBusinessRule
{
    public string Code => "complaints.already-extended";

    public string Message => "This stage has already been extended once.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => stage.Extended is not null;
}
