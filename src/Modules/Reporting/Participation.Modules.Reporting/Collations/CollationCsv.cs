using System.Globalization;
using CsvHelper;
using Participation.BuildingBlocks.Infrastructure.Documents;
using Participation.BuildingBlocks.Domain.Reporting;

namespace Participation.Modules.Reporting.Collations;

/// <summary>
/// A collation as one CSV table (RFC 4180): a row per theme, then a row per theme and service area and per theme and
/// cohort. Withheld counts read "&lt;5" or "[c]", as in every published report.
/// </summary>
internal static class CollationCsv
{
    private static readonly string[] Header =
        ["half_year", "theme", "theme_name", "breakdown", "value", "voices", "share_percent", "previous_half", "year_earlier", "change_on_previous_half", "change_on_year_earlier", "trend"];

    public static byte[] Write(ThemeCollationReport report)
    {
        using var buffer = new MemoryStream();
        using (var csv = CsvWriter.Create(buffer, CsvFiles.Options, leaveOpen: true))
        {
            csv.WriteHeader(Header);
            foreach (var theme in report.Themes)
            {
                Row(csv, report, theme, "all", string.Empty, theme.Voices, withFigures: true);
                foreach (var (area, voices) in theme.ByServiceArea)
                {
                    Row(csv, report, theme, "service-area", area, voices);
                }

                foreach (var (cohort, voices) in theme.ByCohort)
                {
                    Row(csv, report, theme, "cohort", cohort, voices);
                }
            }
        }

        return buffer.ToArray();
    }

    /// <summary>A row: a breakdown's count, and on the theme's own row (<paramref name="withFigures"/>) its share, history and trend.</summary>
    private static void Row(CsvWriter csv, ThemeCollationReport report, CollatedTheme theme, string breakdown, string value, CountFigure voices, bool withFigures = false)
    {
        csv.WriteField(report.HalfYear);
        csv.WriteField(theme.Code);
        csv.WriteField(theme.Name);
        csv.WriteField(breakdown);
        csv.WriteField(value);
        csv.WriteField(Shown(voices));
        csv.WriteField(withFigures ? Shown(theme.Share) : null);
        csv.WriteField(withFigures ? Shown(theme.PreviousHalf) : null);
        csv.WriteField(withFigures ? Shown(theme.YearEarlier) : null);
        // Written as numbers, not text: a fall is negative, and text starting with '-' is escaped as a possible formula.
        csv.WriteField(withFigures ? theme.ChangeOnPreviousHalf : null, ReadOnlySpan<char>.Empty);
        csv.WriteField(withFigures ? theme.ChangeOnYearEarlier : null, ReadOnlySpan<char>.Empty);
        csv.WriteField(withFigures ? theme.Trend : null);
        csv.EndRecord();
    }

    /// <summary>A figure as published: its value, or the mark of why it is withheld.</summary>
    public static string Shown(CountFigure figure) =>
        figure.Value?.ToString(CultureInfo.InvariantCulture) ?? Mark(figure.Suppressed);

    public static string Shown(PercentageFigure figure) =>
        figure.Value?.ToString("0.0", CultureInfo.InvariantCulture) ?? Mark(figure.Suppressed);

    private static string Mark(Suppression? suppressed) => suppressed switch
    {
        Suppression.Small => "<5",
        Suppression.Protecting => "[c]",
        _ => string.Empty,
    };
}
