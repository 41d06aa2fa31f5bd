using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using FluentValidation;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Complaints.Application.Complaints.LogComplaint;

internal sealed class LogComplaintCommandValidator : AbstractValidator<LogComplaintCommand>
{
    public LogComplaintCommandValidator()
    {
        // A missing date binds as 0001-01-01; the working-day calendar covers only its supported years.
        RuleFor(command => command.ReceivedOn).NotEmpty().WithMessage("receivedOn is required.")
            .Must(receivedOn => BankHolidays.Supports(receivedOn.Year))
            .WithMessage($"receivedOn must be a date from {BankHolidays.FirstSupportedYear} to {BankHolidays.LastSupportedYear}.");
        RuleFor(command => command.ServiceArea).NotEmpty().MaximumLength(TextLengths.Code);
        RuleFor(command => command.Category).NotEmpty().MaximumLength(TextLengths.Category);
        RuleFor(command => command.Summary).NotEmpty().MaximumLength(TextLengths.Statement);
        RuleFor(command => command.Points).NotEmpty().WithMessage("points must list at least one point of complaint.").HoldsAtMost(ListLengths.Points);
        RuleForEach(command => command.Points).NotEmpty().MaximumLength(TextLengths.Reason);
        RuleFor(command => command.ChildCaseReference).MaximumLength(TextLengths.Code);
        RuleFor(command => command.LateAcceptanceReason).MaximumLength(TextLengths.Reason);
    }
}
