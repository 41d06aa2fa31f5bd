using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>Two keys may be active at once, so a partner can rotate without downtime; never more.</summary>
internal sealed class AtMostTwoActiveKeysRule(int activeKeys) : IBusinessRule
{
    public const int MaxActiveKeys = 2;

    public string Code => "commissioned-services.too-many-active-keys";

    public string Message => $"The provider already has {MaxActiveKeys} active keys; revoke one before issuing another.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => activeKeys >= MaxActiveKeys;
}
