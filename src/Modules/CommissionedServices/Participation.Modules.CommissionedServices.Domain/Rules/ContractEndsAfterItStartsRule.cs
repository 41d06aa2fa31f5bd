using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A contract cannot end before it starts.</summary>
internal sealed class ContractEndsAfterItStartsRule(DateOnly start, DateOnly? end) : IBusinessRule
{
    public string Code => "commissioned-services.contract-dates";

    public string Message => "The contract's end date is before its start date.";

    public bool IsBroken() => end < start;
}
