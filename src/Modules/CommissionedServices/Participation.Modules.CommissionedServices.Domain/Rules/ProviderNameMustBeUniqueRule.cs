using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>Staff and reports tell providers apart by name, so two providers never share one.</summary>
internal sealed class ProviderNameMustBeUniqueRule(bool nameInUse) : IBusinessRule
{
    public string Code => "commissioned-services.provider-name-in-use";

    public string Message => "Another provider already has this name.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => nameInUse;
}
