using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.UnitTests.Calendar;

public sealed class BankHolidayTests
{
    private static IEnumerable<string> Dates(int year, CalendarRegion region) =>
        BankHolidays.For(year, region).Select(holiday => holiday.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void England_and_Wales_2025_is_the_ordinary_eight()
    {
        Assert.Equal(
            ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
            Dates(2025, CalendarRegion.EnglandAndWales));
    }

    [Fact]
    public void Scotland_2025_has_2_January_and_St_Andrews_Day_but_not_Easter_Monday_and_summer_is_in_early_August()
    {
        Assert.Equal(
            ["2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"],
            Dates(2025, CalendarRegion.Scotland));
    }

    [Theory]
    [InlineData(2021, "2021-12-27", "2021-12-28")] // Christmas on Saturday, Boxing Day on Sunday
    [InlineData(2022, "2022-12-27", "2022-12-26")] // Christmas on Sunday: Boxing Day Monday, Christmas substitute Tuesday
    [InlineData(2020, "2020-12-25", "2020-12-28")] // Boxing Day on Saturday
    public void Christmas_at_a_weekend_is_observed_on_the_next_free_weekdays(int year, string christmas, string boxingDay)
    {
        var december = BankHolidays.For(year, CalendarRegion.EnglandAndWales).Where(holiday => holiday.Date.Month == 12).ToList();

        Assert.Equal(christmas, december.Single(holiday => holiday.Name.StartsWith("Christmas", StringComparison.Ordinal)).Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(boxingDay, december.Single(holiday => holiday.Name.StartsWith("Boxing", StringComparison.Ordinal)).Date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData(2022, "2022-01-03", "2022-01-04")] // 1 January Saturday, 2 January Sunday
    [InlineData(2023, "2023-01-03", "2023-01-02")] // 1 January Sunday: 2 January stands, New Year's Day moves past it
    [InlineData(2021, "2021-01-01", "2021-01-04")] // 2 January Saturday
    public void Scottish_new_year_holidays_at_a_weekend_take_the_next_free_weekdays(int year, string newYear, string second)
    {
        var january = BankHolidays.For(year, CalendarRegion.Scotland).Where(holiday => holiday.Date.Month == 1).ToList();

        Assert.Equal(newYear, january.Single(holiday => holiday.Name.StartsWith("New Year", StringComparison.Ordinal)).Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(second, january.Single(holiday => holiday.Name.StartsWith("2nd January", StringComparison.Ordinal)).Date.ToString("yyyy-MM-dd", null));
    }

    [Theory]
    [InlineData("2011-04-29")] // royal wedding
    [InlineData("2012-06-04")] // spring holiday moved for the Diamond Jubilee
    [InlineData("2012-06-05")] // Diamond Jubilee
    [InlineData("2020-05-08")] // early May moved to VE Day
    [InlineData("2022-06-02")] // spring holiday moved for the Platinum Jubilee
    [InlineData("2022-06-03")] // Platinum Jubilee
    [InlineData("2022-09-19")] // state funeral of Queen Elizabeth II
    [InlineData("2023-05-08")] // coronation of King Charles III
    [InlineData("2002-06-03")] // Golden Jubilee
    public void Proclaimed_one_off_days_are_holidays_in_both_jurisdictions(string date)
    {
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(BankHolidays.IsBankHoliday(day, CalendarRegion.EnglandAndWales));
        Assert.True(BankHolidays.IsBankHoliday(day, CalendarRegion.Scotland));
    }

    [Theory]
    [InlineData("2020-05-04")] // the first Monday in May 2020 was not a holiday: it moved to VE Day
    [InlineData("2022-05-30")] // the last Monday in May 2022 was not: it moved to 2 June
    [InlineData("2012-05-28")] // nor in 2012
    public void Days_the_ordinary_rule_would_give_but_a_proclamation_moved_are_working_days(string date)
    {
        Assert.True(WorkingDays.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), CalendarRegion.EnglandAndWales));
    }

    [Theory]
    [InlineData(2024, 3, 29, 4, 1)]
    [InlineData(2019, 4, 19, 4, 22)]
    [InlineData(2038, 4, 23, 4, 26)] // late Easter
    [InlineData(2008, 3, 21, 3, 24)] // early Easter
    public void Good_Friday_and_Easter_Monday_follow_Easter(int year, int fridayMonth, int fridayDay, int mondayMonth, int mondayDay)
    {
        var holidays = BankHolidays.For(year, CalendarRegion.EnglandAndWales);

        Assert.Contains(holidays, holiday => holiday.Name == "Good Friday" && holiday.Date == new DateOnly(year, fridayMonth, fridayDay));
        Assert.Contains(holidays, holiday => holiday.Name == "Easter Monday" && holiday.Date == new DateOnly(year, mondayMonth, mondayDay));
    }

    [Fact]
    public void St_Andrews_Day_starts_with_the_2007_act()
    {
        Assert.DoesNotContain(BankHolidays.For(2006, CalendarRegion.Scotland), holiday => holiday.Name.StartsWith("St Andrew", StringComparison.Ordinal));
        Assert.Contains(BankHolidays.For(2007, CalendarRegion.Scotland), holiday => holiday.Name.StartsWith("St Andrew", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void Years_outside_2000_to_2100_are_refused(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => BankHolidays.For(year, CalendarRegion.EnglandAndWales));
    }
}
