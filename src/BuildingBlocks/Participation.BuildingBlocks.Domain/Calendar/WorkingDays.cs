namespace Participation.BuildingBlocks.Domain.Calendar;

/// <summary>
/// Working-day arithmetic for statutory timescales. Children Act 1989 Representations Procedure (England)
/// Regulations 2006, regulation 2: a working day is any day other than a Saturday, Sunday, Christmas Day,
/// Boxing Day, Good Friday or a bank holiday. Counting (docs/domain/working-days.md#counting): the start date is the day of receipt, or the next
/// working day when that is not one; "within N working days" means on or before the N-th working day after
/// the start date, the first working day after it being day 1.
/// </summary>
public static class WorkingDays
{
    /// <summary>
    /// About a year of working days: the longest span anything here counts (no statutory timescale comes near it), and
    /// a span from late in the last supported year still resolves.
    /// </summary>
    public const int MostInAYear = 250;

    /// <summary>Whether the day is a working day in the region.</summary>
    public static bool IsWorkingDay(DateOnly date, CalendarRegion region) =>
        !BankHolidays.IsWeekend(date) && !BankHolidays.IsBankHoliday(date, region);

    /// <summary>The day the clock starts for something received on <paramref name="received"/>.</summary>
    public static DateOnly StartDate(DateOnly received, CalendarRegion region)
    {
        BusinessRules.Check(new DateWithinCalendarRule(received));
        return IsWorkingDay(received, region) ? received : NextWorkingDay(received, region);
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="startDate"/>.</summary>
    public static DateOnly AddWorkingDays(DateOnly startDate, int workingDays, CalendarRegion region)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = startDate;
        for (var counted = 0; counted < workingDays; counted++)
        {
            day = NextWorkingDay(day, region);
        }

        return day;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day before <paramref name="date"/> (the day before being day 1 when it is a working day).</summary>
    public static DateOnly SubtractWorkingDays(DateOnly date, int workingDays, CalendarRegion region)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day = date;
        for (var counted = 0; counted < workingDays; counted++)
        {
            day = day.AddDays(-1);
            while (!IsWorkingDay(day, region))
            {
                day = day.AddDays(-1);
            }
        }

        return day;
    }

    /// <summary>The deadline for a response due within <paramref name="workingDays"/> of receipt.</summary>
    public static WorkingDayDeadline Deadline(DateOnly received, int workingDays, CalendarRegion region)
    {
        var start = StartDate(received, region);
        return new WorkingDayDeadline(start, AddWorkingDays(start, workingDays, region), workingDays, region);
    }

    private static DateOnly NextWorkingDay(DateOnly after, CalendarRegion region)
    {
        var day = after.AddDays(1);
        while (!IsWorkingDay(day, region))
        {
            day = day.AddDays(1);
        }

        return day;
    }
}
