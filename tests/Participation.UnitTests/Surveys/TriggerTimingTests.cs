using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.UnitTests.Surveys;

/// <summary>When a triggered link opens, counted from the event across weekends, bank holidays and short months.</summary>
public sealed class TriggerTimingTests
{
    [Theory]
    // An ordinary fortnight before a Friday review.
    [InlineData("2027-01-29", 10, "2027-01-15")]
    // Back across Easter Monday (29 March 2027) and Good Friday (26 March).
    [InlineData("2027-04-08", 10, "2027-03-23")]
    // Back across New Year's Day, the substitute Boxing Day (Monday 28 December 2026) and Christmas Day.
    [InlineData("2027-01-05", 10, "2026-12-17")]
    // A Monday meeting, one working day before: the Friday.
    [InlineData("2027-01-18", 1, "2027-01-15")]
    public void Working_days_before_a_meeting_count_back_over_weekends_and_bank_holidays(string meeting, int workingDays, string opens)
    {
        var timing = new TriggerTiming(workingDays, OffsetUnit.WorkingDays, OffsetDirection.Before);

        Assert.Equal(DateOnly.Parse(opens), timing.DayFor(DateOnly.Parse(meeting), CalendarRegion.EnglandAndWales));
    }

    [Fact]
    public void Scotlands_second_of_january_substitute_is_not_a_working_day_there()
    {
        var timing = new TriggerTiming(1, OffsetUnit.WorkingDays, OffsetDirection.Before);

        Assert.Equal(new DateOnly(2027, 1, 4), timing.DayFor(new DateOnly(2027, 1, 5), CalendarRegion.EnglandAndWales));
        Assert.Equal(new DateOnly(2026, 12, 31), timing.DayFor(new DateOnly(2027, 1, 5), CalendarRegion.Scotland));
    }

    [Fact]
    public void Working_days_after_an_event_on_christmas_eve_start_after_the_holidays()
    {
        var timing = new TriggerTiming(5, OffsetUnit.WorkingDays, OffsetDirection.After);

        Assert.Equal(new DateOnly(2027, 1, 5), timing.DayFor(new DateOnly(2026, 12, 24), CalendarRegion.EnglandAndWales));
    }

    [Theory]
    [InlineData("2026-11-30", 3, "2027-02-28")]
    [InlineData("2027-11-30", 3, "2028-02-29")]
    [InlineData("2027-05-31", 3, "2027-08-31")]
    [InlineData("2027-01-15", 0, "2027-01-15")]
    public void Months_after_a_placement_end_on_the_last_day_of_a_shorter_month(string placed, int months, string opens)
    {
        var timing = new TriggerTiming(months, OffsetUnit.Months, OffsetDirection.After);

        Assert.Equal(DateOnly.Parse(opens), timing.DayFor(DateOnly.Parse(placed), CalendarRegion.EnglandAndWales));
    }

    [Fact]
    public void Calendar_days_before_count_weekends()
    {
        Assert.Equal(new DateOnly(2027, 1, 22), new TriggerTiming(7, OffsetUnit.Days, OffsetDirection.Before).DayFor(new DateOnly(2027, 1, 29), CalendarRegion.EnglandAndWales));
    }

    [Fact]
    public void Working_days_are_counted_only_within_the_years_the_calendar_knows()
    {
        var timing = new TriggerTiming(10, OffsetUnit.WorkingDays, OffsetDirection.Before);

        Assert.Equal("calendar.date-out-of-range", Assert.Throws<BusinessRuleValidationException>(() => timing.DayFor(new DateOnly(1990, 1, 5), CalendarRegion.EnglandAndWales)).Code);
    }
}
