namespace Participation.Modules.CommissionedServices.Application.Returns;

/// <summary>The <c>Returns</c> settings.</summary>
public sealed class ReturnsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Returns";

    /// <summary>Working days after a period ends that its return is due (the contract's; 20 by default).</summary>
    public int DueWorkingDays { get; set; } = 20;

    /// <summary>Working days before the due date that the provider's contact is reminded (5 by default).</summary>
    public int ReminderWorkingDays { get; set; } = 5;
}
