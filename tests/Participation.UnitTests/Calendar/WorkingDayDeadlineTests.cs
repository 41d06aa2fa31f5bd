using System.Globalization;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.UnitTests.Calendar;

/// <summary>
/// The counting convention of docs/domain/working-days.md#counting (regulation 2, 2006 England regulations): the clock starts on the day of
/// receipt, or the next working day; "within N working days" is the N-th working day after the start.
/// </summary>
public sealed class WorkingDayDeadlineTests
{
    [Theory]
    [InlineData("2024-03-28", 10, "2024-03-28", "2024-04-15")] // Maundy Thursday: Good Friday and Easter Monday skipped
    [InlineData("2024-03-29", 10, "2024-04-02", "2024-04-16")] // received on Good Friday: the clock starts on Tuesday
    [InlineData("2024-12-24", 10, "2024-12-24", "2025-01-10")] // Christmas Eve: Christmas, Boxing Day and New Year's Day skipped
    [InlineData("2024-06-08", 10, "2024-06-10", "2024-06-24")] // a Saturday
    [InlineData("2024-06-09", 1, "2024-06-10", "2024-06-11")] // a Sunday, one working day
    [InlineData("2022-06-01", 10, "2022-06-01", "2022-06-17")] // across the Platinum Jubilee (2 and 3 June)
    [InlineData("2022-09-16", 5, "2022-09-16", "2022-09-26")] // across the state funeral (19 September)
    [InlineData("2023-05-05", 1, "2023-05-05", "2023-05-09")] // across the coronation (8 May)
    [InlineData("2021-12-24", 10, "2021-12-24", "2022-01-12")] // Christmas and Boxing Day at the weekend, substitutes 27 and 28, New Year substitute 3 January
    [InlineData("2021-12-31", 5, "2021-12-31", "2022-01-10")] // New Year's Day on Saturday: Monday 3 January is its substitute
    [InlineData("2024-01-03", 0, "2024-01-03", "2024-01-03")] // zero working days: the start date itself
    public void In_England_and_Wales(string received, int workingDays, string start, string due) =>
        AssertDeadline(received, workingDays, CalendarRegion.EnglandAndWales, start, due);

    [Theory]
    [InlineData("2021-12-31", 5, "2021-12-31", "2022-01-11")] // 1 and 2 January at the weekend: 3 and 4 January are substitutes
    [InlineData("2024-11-29", 3, "2024-11-29", "2024-12-05")] // St Andrew's Day on Saturday, observed Monday 2 December
    [InlineData("2023-11-29", 1, "2023-11-29", "2023-12-01")] // St Andrew's Day on Thursday 30 November
    [InlineData("2024-03-28", 5, "2024-03-28", "2024-04-05")] // Easter Monday is a working day in Scotland
    [InlineData("2024-08-02", 1, "2024-08-02", "2024-08-06")] // the summer holiday is the first Monday of August
    public void In_Scotland(string received, int workingDays, string start, string due) =>
        AssertDeadline(received, workingDays, CalendarRegion.Scotland, start, due);

    [Fact]
    public void The_deadline_records_the_rule_that_produced_it()
    {
        var deadline = WorkingDays.Deadline(new DateOnly(2024, 3, 28), 10, CalendarRegion.EnglandAndWales);

        Assert.Equal(10, deadline.WorkingDays);
        Assert.Equal(CalendarRegion.EnglandAndWales, deadline.Region);
    }

    [Fact]
    public void A_deadline_from_late_in_2100_still_resolves()
    {
        Assert.Equal(2101, WorkingDays.Deadline(new DateOnly(2100, 12, 20), 10, CalendarRegion.EnglandAndWales).DueDate.Year);
    }

    private static void AssertDeadline(string received, int workingDays, CalendarRegion region, string start, string due)
    {
        var deadline = WorkingDays.Deadline(Parse(received), workingDays, region);

        Assert.Equal(Parse(start), deadline.StartDate);
        Assert.Equal(Parse(due), deadline.DueDate);
    }

    private static DateOnly Parse(string date) => DateOnly.Parse(date, CultureInfo.InvariantCulture);
}
