using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>
/// The council's case-management system holds partner credentials like a provider, to post feedback and closures, but
/// it is the council's own system, not a commissioned service: no contract asks it for a participation return
/// (docs/domain/participation-returns.md).
/// </summary>
internal sealed class CaseManagementSystemMakesNoReturnsRule(bool makesReturns) : IBusinessRule
{
    public string Code => "commissioned-services.returns.not-a-commissioned-service";

    public string Message => "The council's case-management system is not a commissioned service and makes no participation returns.";

    public bool IsBroken() => !makesReturns;
}
