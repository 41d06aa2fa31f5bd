using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.Modules.Reporting.Collations;

/// <summary>
/// A calendar half-year, the period of the six-monthly theme collation: H1 is January to June, H2 July to December,
/// labelled <c>2026-H1</c> (docs/domain/reporting.md#six-monthly-theme-collation).
/// </summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Half">1 or 2.</param>
internal readonly partial record struct HalfYear(int Year, int Half)
{
    /// <summary>The longest label, <c>2026-H1</c>.</summary>
    public const int LabelLength = 7;


    /// <summary>The first day.</summary>
    public DateOnly From => new(Year, Half == 1 ? 1 : 7, 1);

    /// <summary>The last day.</summary>
    public DateOnly To => Half == 1 ? new DateOnly(Year, 6, 30) : new DateOnly(Year, 12, 31);

    /// <summary>e.g. <c>2026-H1</c>.</summary>
    public string Label => $"{Year.ToString("D4", CultureInfo.InvariantCulture)}-H{Half}";

    /// <summary>The half before this one.</summary>
    public HalfYear Previous => Half == 2 ? new HalfYear(Year, 1) : new HalfYear(Year - 1, 2);

    /// <summary>The same half a year earlier.</summary>
    public HalfYear YearEarlier => new(Year - 1, Half);

    /// <summary>The half-year that had ended by <paramref name="now"/>, by the UK date: at 00:30 BST on 1 July it is H1.</summary>
    public static HalfYear JustEndedAt(DateTimeOffset now)
    {
        var today = UkDates.Of(now);
        return new HalfYear(today.Year, today.Month <= 6 ? 1 : 2).Previous;
    }

    /// <summary>Reads <c>2026-H1</c>; years 2000 to 2100, the calendar's range.</summary>
    public static bool TryParse(string? label, [NotNullWhen(true)] out HalfYear? halfYear)
    {
        halfYear = null;
        var match = label is null ? null : Pattern().Match(label);
        if (match is not { Success: true })
        {
            return false;
        }

        var year = int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return false;
        }

        halfYear = new HalfYear(year, match.Groups[2].ValueSpan[0] - '0');
        return true;
    }

    /// <summary>Whether it ended before <paramref name="now"/>'s UK date: only a finished half is collated.</summary>
    public bool HasEndedBy(DateTimeOffset now) => JustEndedAt(now).CompareTo(this) >= 0;

    private int CompareTo(HalfYear other) => (Year * 2 + Half).CompareTo(other.Year * 2 + other.Half);

    [GeneratedRegex(@"^([0-9]{4})-H([12])\z", RegexOptions.None, 1000)]
    private static partial Regex Pattern();
}
