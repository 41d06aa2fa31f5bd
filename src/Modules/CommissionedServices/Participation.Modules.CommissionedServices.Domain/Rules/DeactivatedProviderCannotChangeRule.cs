using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A deactivated provider is kept for the record of what it sent; it no longer changes or gets credentials.</summary>
internal sealed class DeactivatedProviderCannotChangeRule(bool deactivated) : IBusinessRule
{
    public string Code => "commissioned-services.provider-deactivated";

    public string Message => "The provider is deactivated.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => deactivated;
}
