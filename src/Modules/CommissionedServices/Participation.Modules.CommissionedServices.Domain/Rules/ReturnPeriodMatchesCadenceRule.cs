using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Domain.Rules;

/// <summary>A return covers a period of the contract's cadence: a quarter for a quarterly contract, a half-year for a six-monthly one.</summary>
internal sealed class ReturnPeriodMatchesCadenceRule(ReturnCadence cadence, ReportPeriod period) : IBusinessRule
{
    public string Code => "commissioned-services.returns.period-not-the-contracts";

    public string Message => cadence == ReturnCadence.Quarterly
        ? "The provider's contract asks for quarterly returns: open a quarter (q1 to q4)."
        : "The provider's contract asks for six-monthly returns: open a half-year (h1 or h2).";

    public bool IsBroken() => (period.To.DayNumber - period.From.DayNumber > 100) != (cadence == ReturnCadence.SixMonthly);
}
