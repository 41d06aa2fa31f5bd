using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.UnitTests.Reporting;

public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData(1, "2024-04-01", "2024-06-30", "2024-25 Q1")]
    [InlineData(3, "2024-10-01", "2024-12-31", "2024-25 Q3")]
    [InlineData(4, "2025-01-01", "2025-03-31", "2024-25 Q4")]
    public void Quarters_run_April_to_March(int quarter, string from, string to, string label) =>
        Assert.Equal(new ReportPeriod(DateOnly.Parse(from), DateOnly.Parse(to), label), ReportPeriod.Quarter(2024, quarter));

    [Theory]
    [InlineData(1, "2024-04-01", "2024-09-30", "2024-25 H1")]
    [InlineData(2, "2024-10-01", "2025-03-31", "2024-25 H2")]
    public void Half_years_run_April_to_September_and_October_to_March(int half, string from, string to, string label) =>
        Assert.Equal(new ReportPeriod(DateOnly.Parse(from), DateOnly.Parse(to), label), ReportPeriod.HalfYear(2024, half));

    [Fact]
    public void The_financial_year_ends_on_31_March_of_a_leap_year_too() =>
        Assert.Equal(new ReportPeriod(new DateOnly(2023, 4, 1), new DateOnly(2024, 3, 31), "2023-24"), ReportPeriod.FinancialYear(2023));

    [Fact]
    public void The_previous_period_is_of_the_same_kind_and_crosses_year_ends()
    {
        Assert.Equal(ReportPeriod.Quarter(2023, 4), ReportPeriod.Quarter(2024, 1).Previous());
        Assert.Equal(ReportPeriod.Quarter(2024, 3), ReportPeriod.Quarter(2024, 4).Previous());
        Assert.Equal(ReportPeriod.HalfYear(2023, 2), ReportPeriod.HalfYear(2024, 1).Previous());
        Assert.Equal(ReportPeriod.HalfYear(2024, 1), ReportPeriod.HalfYear(2024, 2).Previous());
        Assert.Equal(ReportPeriod.FinancialYear(2023), ReportPeriod.FinancialYear(2024).Previous());
    }
}
