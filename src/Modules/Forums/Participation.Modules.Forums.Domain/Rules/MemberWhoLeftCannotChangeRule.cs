using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>A member who left has had their details erased; nothing more is recorded about them.</summary>
internal sealed class MemberWhoLeftCannotChangeRule(DateOnly? leftOn) : IBusinessRule
{
    public string Code => "forums.members.left";

    public string Message => $"The member left on {leftOn:yyyy-MM-dd}; their details were erased.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => leftOn is not null;
}
