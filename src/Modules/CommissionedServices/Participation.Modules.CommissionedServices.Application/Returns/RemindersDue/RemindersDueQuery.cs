using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.RemindersDue;

/// <summary>The reminders due today, with where they go.</summary>
public sealed record RemindersDueQuery : IQuery<IReadOnlyList<DueReminder>>;

/// <summary>A reminder to send.</summary>
/// <param name="ReturnId">The return.</param>
/// <param name="Reminder">Which reminder.</param>
/// <param name="ProviderName">The provider.</param>
/// <param name="ContactName">Its contact for returns.</param>
/// <param name="ContactEmail">Where to write.</param>
/// <param name="Period">The return's period.</param>
/// <param name="DueOn">Its due date.</param>
public sealed record DueReminder(Guid ReturnId, ReturnReminder Reminder, string ProviderName, string ContactName, string ContactEmail, string Period, DateOnly DueOn);
