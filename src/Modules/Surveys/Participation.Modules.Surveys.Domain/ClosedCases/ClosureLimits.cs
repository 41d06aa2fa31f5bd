namespace Participation.Modules.Surveys.Domain.ClosedCases;

/// <summary>The longest values a closure keeps.</summary>
public static class ClosureLimits
{
    /// <summary>A postal address of several lines.</summary>
    public const int AddressLength = 500;

    /// <summary>A telephone number with its punctuation.</summary>
    public const int PhoneLength = 40;

    /// <summary>A do-not-contact reason, in a few words.</summary>
    public const int ReasonLength = 200;
}
