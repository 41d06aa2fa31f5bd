using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A return is owed for periods the contract covers, at least in part.</summary>
internal sealed class ReturnPeriodWithinContractRule(DateOnly contractStart, DateOnly? contractEnd, ReportPeriod period) : IBusinessRule
{
    public string Code => "commissioned-services.returns.outside-contract";

    public string Message => $"The contract does not cover {period.Label}.";

    public bool IsBroken() => contractStart > period.To || contractEnd < period.From;
}
