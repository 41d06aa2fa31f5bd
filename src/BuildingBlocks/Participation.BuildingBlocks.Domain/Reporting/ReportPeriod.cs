using System.ComponentModel.DataAnnotations;
namespace Participation.BuildingBlocks.Domain.Reporting;

/// <summary>
/// A reporting period of the UK local-government financial year, 1 April to 31 March
/// (docs/domain/reporting-periods.md): a quarter, a half-year or the whole year.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day.</param>
/// <param name="Label">e.g. <c>2024-25</c>, <c>2024-25 Q1</c>, <c>2024-25 H2</c>.</param>
public sealed record ReportPeriod(DateOnly From, DateOnly To, [property: MaxLength(ReportPeriod.LabelMaxLength)] string Label)
{
    /// <summary>The longest label, <c>2024-25 Q1</c> and its kind, with room to spare.</summary>
    public const int LabelMaxLength = 40;

    /// <summary>The first financial year a report may be asked for.</summary>
    public const int FirstYear = 2000;

    /// <summary>The last financial year a report may be asked for.</summary>
    public const int LastYear = 2100;

    /// <summary>Quarter 1 is April to June of <paramref name="year"/>, quarter 4 January to March of the next year.</summary>
    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        return Months(year, 3 * (quarter - 1), 3, $"Q{quarter}");
    }

    /// <summary>The quarter <paramref name="day"/> falls in.</summary>
    public static ReportPeriod QuarterOf(DateOnly day)
    {
        var year = day.Month >= 4 ? day.Year : day.Year - 1;
        return Quarter(year, ((day.Month + 8) % 12 / 3) + 1);
    }

    /// <summary>Half 1 is April to September of <paramref name="year"/>, half 2 October to March of the next year.</summary>
    public static ReportPeriod HalfYear(int year, int half)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(half, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(half, 2);
        return Months(year, 6 * (half - 1), 6, $"H{half}");
    }

    /// <summary>The financial year starting 1 April <paramref name="year"/>.</summary>
    public static ReportPeriod FinancialYear(int year) => Months(year, 0, 12, part: null);

    /// <summary>The period of the same kind just before this one (a quarter's previous quarter, and so on).</summary>
    public ReportPeriod Previous()
    {
        var months = ((To.Year - From.Year) * 12) + To.Month - From.Month + 1;
        var from = From.AddMonths(-months);
        var year = from.Month >= 4 ? from.Year : from.Year - 1;
        return months switch
        {
            3 => QuarterOf(from),
            6 => HalfYear(year, from.Month == 4 ? 1 : 2),
            _ => FinancialYear(year),
        };
    }

    /// <summary>Whether the day falls in the period.</summary>
    public bool Contains(DateOnly? day) => day is { } date && date >= From && date <= To;

    private static ReportPeriod Months(int year, int offset, int length, string? part)
    {
        var from = new DateOnly(year, 4, 1).AddMonths(offset);
        var label = $"{year}-{(year + 1) % 100:00}";
        return new ReportPeriod(from, from.AddMonths(length).AddDays(-1), part is null ? label : $"{label} {part}");
    }
}
