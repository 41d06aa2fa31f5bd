using Participation.Modules.Reporting.Collations;

namespace Participation.UnitTests.Reporting;

public sealed class HalfYearTests
{
    [Theory]
    // BST (UTC+1): 00:30 on 1 July in the UK is 23:30 on 30 June in UTC, and the first half has ended.
    [InlineData("2026-06-30T23:30:00Z", "2026-H1")]
    [InlineData("2026-06-30T22:59:00Z", "2025-H2")]
    // GMT: midnight on 1 January is midnight UTC.
    [InlineData("2027-01-01T00:00:00Z", "2026-H2")]
    [InlineData("2026-12-31T23:59:00Z", "2026-H1")]
    public void The_half_just_ended_is_judged_by_the_uk_date(string now, string ended) =>
        Assert.Equal(ended, HalfYear.JustEndedAt(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)).Label);

    [Fact]
    public void A_half_has_its_days_the_half_before_and_the_same_half_a_year_earlier()
    {
        Assert.True(HalfYear.TryParse("2026-H1", out var first));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), (first.Value.From, first.Value.To));
        Assert.Equal("2025-H2", first.Value.Previous.Label);
        Assert.Equal("2025-H1", first.Value.YearEarlier.Label);
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 12, 31)), (new HalfYear(2026, 2).From, new HalfYear(2026, 2).To));
    }

    [Theory]
    [InlineData("2026-H3")]
    [InlineData("2026-h1")]
    [InlineData("1999-H2")]
    [InlineData("2101-H1")]
    [InlineData("٢٠٢٦-H1")]
    [InlineData("2026-H1\n")]
    [InlineData("")]
    [InlineData(null)]
    public void Only_a_label_such_as_2026_H1_in_the_calendars_years_is_a_half_year(string? label) =>
        Assert.False(HalfYear.TryParse(label, out _));
}
