using FluentValidation;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.ReceiveCaseEvent;

internal sealed class ReceiveCaseEventCommandValidator : AbstractValidator<ReceiveCaseEventCommand>
{
    public ReceiveCaseEventCommandValidator()
    {
        RuleFor(command => command.EventId).NotEmpty().MaximumLength(TextLengths.ExternalId);
        RuleFor(command => command.Event).IsInEnum();
        // Offsets are counted by the calendar, which knows these years (and a year either side is room for any offset).
        RuleFor(command => command.EventDate).Must(date => BankHolidays.Supports(date.Year - 1) && BankHolidays.Supports(date.Year + 1))
            .WithMessage($"eventDate must fall between {BankHolidays.FirstSupportedYear + 1}-01-01 and {BankHolidays.LastSupportedYear - 1}-12-31.");
        RuleFor(command => command.CaseReference).MaximumLength(TextLengths.ExternalId).Must(reference => reference is null || reference.Trim().Length > 0)
            .WithMessage("caseReference must not be blank; leave it out instead.");
        RuleFor(command => command.RespondentAge).InclusiveBetween(0, WordingChoice.MaxAge);
        RuleFor(command => command.Language).IsLanguageCode();
        RuleFor(command => command.Respondent!).SetValidator(new Responding.RespondentGroupsValidator()).When(command => command.Respondent is not null);
    }
}
