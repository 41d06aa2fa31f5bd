using Mediator;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.RecordReminderSent;

/// <summary>Records that a reminder about a return went, so it never goes twice.</summary>
public sealed record RecordReminderSentCommand(Guid ReturnId, ReturnReminder Reminder) : ICommand;
