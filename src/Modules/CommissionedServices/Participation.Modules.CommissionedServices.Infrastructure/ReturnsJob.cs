using System.Globalization;
using Hangfire;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using Participation.BuildingBlocks.Infrastructure.Mail;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Returns.MarkOverdueReturns;
using Participation.Modules.CommissionedServices.Application.Returns.OpenDueReturns;
using Participation.Modules.CommissionedServices.Application.Returns.RecordReminderSent;
using Participation.Modules.CommissionedServices.Application.Returns.RemindersDue;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Infrastructure;

/// <summary>
/// The daily returns job (docs/domain/participation-returns.md#the-daily-job): opens each period's return, marks late
/// ones overdue once, and writes to each provider's contact before the due date and on the day it becomes overdue.
/// Safe to run twice: each step looks at what is recorded, and a reminder is recorded as sent the moment it is accepted.
/// </summary>
public sealed partial class ReturnsJob(IServiceScopeFactory scopes, IMailSender mail, IOptions<MailOptions> mailOptions, ILogger<ReturnsJob> logger)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "returns:daily";

    /// <summary>06:30 UK time, before providers' offices open.</summary>
    public const string Schedule = "30 6 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var opened = await SendAsync(new OpenDueReturnsCommand(), cancellationToken);
        var overdue = await SendAsync(new MarkOverdueReturnsCommand(), cancellationToken);
        var reminded = 0;
        foreach (var reminder in await SendAsync(new RemindersDueQuery(), cancellationToken))
        {
            try
            {
                await mail.SendAsync(Message(reminder), cancellationToken);
                await SendAsync<Mediator.Unit>(new RecordReminderSentCommand(reminder.ReturnId, reminder.Reminder), cancellationToken);
                reminded++;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // One provider's unusable address, refused message or submission at this moment must not stop the
                // others' reminders: this one is tried again tomorrow (a duplicate reminder harms no one, ADR 23).
                NotSent(reminder.ReturnId, exception.GetType().Name);
            }
        }

        Ran(opened, overdue, reminded);
    }

    private MimeMessage Message(DueReminder reminder)
    {
        var due = reminder.DueOn.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        var message = new MimeMessage
        {
            Subject = reminder.Reminder == ReturnReminder.Overdue
                ? $"Your participation return for {reminder.Period} is overdue"
                : $"Your participation return for {reminder.Period} is due on {due}",
            Body = new TextPart("plain")
            {
                Text = reminder.Reminder == ReturnReminder.Overdue
                    ? $"Dear {reminder.ContactName},\n\n{reminder.ProviderName}'s participation return for {reminder.Period} was due on {due} and has not been submitted. Please submit it as soon as you can.\n"
                    : $"Dear {reminder.ContactName},\n\nThis is a reminder that {reminder.ProviderName}'s participation return for {reminder.Period} is due on {due}.\n",
            },
        };
        message.From.Add(MailboxAddress.Parse(mailOptions.Value.From));
        message.To.Add(new MailboxAddress(reminder.ContactName, reminder.ContactEmail));
        return message;
    }

    /// <summary>Each step in its own scope and unit of work, so what was done is committed before the next step.</summary>
    private async Task<TResponse> SendAsync<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken)
    {
        // An officer opening the same return, or a provider submitting, at this moment: the step is sent once more.
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().SendOnceMoreIfRacedAsync(command, scope.ServiceProvider, cancellationToken);
    }

    private async Task<TResponse> SendAsync<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(query, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Returns: {Opened} opened, {Overdue} marked overdue, {Reminded} reminders sent")]
    private partial void Ran(int opened, int overdue, int reminded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder about return {ReturnId} was not sent and will be tried again tomorrow: {Reason}")]
    private partial void NotSent(Guid returnId, string reason);
}
