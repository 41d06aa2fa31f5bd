namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>
/// The working-day calendar knows the bank holidays of <see cref="BankHolidays.FirstSupportedYear"/> to
/// <see cref="BankHolidays.LastSupportedYear"/> (docs/domain/working-days.md#supported-range); a clock cannot start
/// outside them.
/// </summary>
public sealed class DateWithinCalendarRule(DateOnly date) : IBusinessRule
{
    /// <inheritdoc />
    public string Code => "calendar.date-out-of-range";

    /// <inheritdoc />
    public string Message => $"Dates that start a working-day clock must fall between {BankHolidays.FirstSupportedYear}-01-01 and {BankHolidays.LastSupportedYear}-12-31.";

    /// <inheritdoc />
    public bool IsBroken() => !BankHolidays.Supports(date.Year);
}
