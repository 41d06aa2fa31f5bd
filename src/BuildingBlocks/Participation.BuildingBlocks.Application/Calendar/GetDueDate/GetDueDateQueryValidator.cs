using FluentValidation;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetDueDate;

internal sealed class GetDueDateQueryValidator : AbstractValidator<GetDueDateQuery>
{
    /// <summary>A year's worth of working days: enough for every statutory timescale, and a deadline from late in the last supported year still resolves.</summary>
    internal const int MaxWorkingDays = 250;

    public GetDueDateQueryValidator()
    {
        RuleFor(query => query.From.Year)
            .Must(BankHolidays.Supports)
            .OverridePropertyName("from")
            .WithMessage($"from must be a date from {BankHolidays.FirstSupportedYear} to {BankHolidays.LastSupportedYear}.");
        RuleFor(query => query.WorkingDays)
            .InclusiveBetween(0, MaxWorkingDays)
            .WithMessage($"workingDays must be between 0 and {MaxWorkingDays}.");
        RuleFor(query => query.Region)
            .Must(region => region is null || CalendarRegions.TryParse(region, out _))
            .WithMessage($"region must be one of: {CalendarRegions.Names}.");
    }
}
