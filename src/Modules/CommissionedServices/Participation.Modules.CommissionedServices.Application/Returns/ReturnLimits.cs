namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>How many of a provider's returns a list shows.</summary>
public static class ReturnLimits
{
    /// <summary>Twenty-five years of quarterly returns.</summary>
    public const int Listed = 100;
}
