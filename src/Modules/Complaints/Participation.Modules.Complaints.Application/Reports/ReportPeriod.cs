namespace Participation.Modules.Complaints.Application.Reports;

/// <summary>A reporting period: a quarter of the financial year, or the whole year (April to March).</summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Label">e.g. <c>2024-25 Q1</c>.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To, string Label)
{
    /// <summary>Quarter 1 is April to June of <paramref name="year"/>, quarter 4 January to March of the next year.</summary>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        var from = new DateOnly(year, 4, 1).AddMonths(3 * (quarter - 1));
        return new ReportPeriod(from, from.AddMonths(3).AddDays(-1), $"{year}-{(year + 1) % 100:00} Q{quarter}");
    }

    /// <summary>The financial year starting 1 April <paramref name="year"/>.</summary>
    public static ReportPeriod FinancialYear(int year) =>
        new(new DateOnly(year, 4, 1), new DateOnly(year + 1, 3, 31), $"{year}-{(year + 1) % 100:00}");

    /// <summary>Whether the day falls in the period.</summary>
    public bool Contains(DateOnly? day) => day is { } date && date >= From && date <= To;
}
