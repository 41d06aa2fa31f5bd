using FluentValidation;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar.GetBankHolidays;

internal sealed class GetBankHolidaysQueryValidator : AbstractValidator<GetBankHolidaysQuery>
{
    public GetBankHolidaysQueryValidator()
    {
        RuleFor(query => query.Year)
            .Must(BankHolidays.Supports)
            .WithMessage($"year must be from {BankHolidays.FirstSupportedYear} to {BankHolidays.LastSupportedYear}.");
        RuleFor(query => query.Region)
            .Must(region => region is null || CalendarRegions.TryParse(region, out _))
            .WithMessage($"region must be one of: {CalendarRegions.Names}.");
    }
}
