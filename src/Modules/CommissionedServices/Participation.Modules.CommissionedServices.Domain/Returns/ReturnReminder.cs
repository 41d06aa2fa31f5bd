namespace Participation.Modules.CommissionedServices.Domain.Returns;

/// <summary>The emails a provider's contact gets about a return not yet submitted.</summary>
public enum ReturnReminder
{
    /// <summary>A configured number of working days before the due date.</summary>
    BeforeDue,

    /// <summary>On the day it becomes overdue.</summary>
    Overdue,
}
