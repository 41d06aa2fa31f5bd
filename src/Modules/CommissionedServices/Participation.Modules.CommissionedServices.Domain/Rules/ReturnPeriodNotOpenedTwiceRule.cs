using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A provider makes one return per period.</summary>
internal sealed class ReturnPeriodNotOpenedTwiceRule(string period, bool alreadyOpen) : IBusinessRule
{
    public string Code => "commissioned-services.returns.period-already-open";

    public string Message => $"The provider already has a return for {period}.";

    public RuleKind Kind => RuleKind.Conflict;

    public bool IsBroken() => alreadyOpen;
}
