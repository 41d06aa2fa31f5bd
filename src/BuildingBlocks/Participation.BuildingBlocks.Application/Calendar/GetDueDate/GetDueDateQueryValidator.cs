using FluentValidation;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetDueDate;

internal sealed class GetDueDateQueryValidator : AbstractValidator<GetDueDateQuery>
{
    public GetDueDateQueryValidator()
    {
        RuleFor(query => query.From.Year)
            .Must(BankHolidays.Supports)
            .OverridePropertyName("from")
            .WithMessage($"from must be a date from {BankHolidays.FirstSupportedYear} to {BankHolidays.LastSupportedYear}.");
        RuleFor(query => query.WorkingDays)
            .InclusiveBetween(0, WorkingDays.MostInAYear)
            .WithMessage($"workingDays must be between 0 and {WorkingDays.MostInAYear}.");
        RuleFor(query => query.Region)
            .Must(region => region is null || CalendarRegions.TryParse(region, out _))
            .WithMessage($"region must be one of: {CalendarRegions.Names}.");
    }
}
