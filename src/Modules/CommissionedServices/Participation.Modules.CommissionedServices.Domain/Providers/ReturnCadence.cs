namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>How often the contract asks the provider for a participation return (docs/domain/participation-returns.md#periods-and-due-dates).</summary>
public enum ReturnCadence
{
    /// <summary>Each financial-year quarter.</summary>
    Quarterly,

    /// <summary>Each financial half-year.</summary>
    SixMonthly,
}
