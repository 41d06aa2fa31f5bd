using Participation.BuildingBlocks.Domain.Calendar;
using System.Globalization;
using Participation.BuildingBlocks.Infrastructure.Documents;
using PdfSharp.Pdf;

namespace Participation.Modules.Reporting.Collations.Pdf;

/// <summary>
/// The collation as a PDF for the senior management team and the Child Protection Committee: the figures, the two
/// charts, then each theme's service areas and cohorts. Every count is as published: "&lt;5" and "[c]" where withheld.
/// </summary>
internal static class CollationPdf
{
    private const int ChartedThemes = 8;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Write(ThemeCollationReport report)
    {
        ReportFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Themes heard, {report.HalfYear}";
        var page = new PdfPageWriter(document, 9, 0, 190, 250, 310, 380, 450);

        page.Heading($"Themes heard, {report.HalfYear}");
        page.Text($"{report.From.ToString("d MMMM yyyy", English)} to {report.To.ToString("d MMMM yyyy", English)}. Collation no. {report.Number}, produced {UkDates.Of(report.ProducedAt).ToString("d MMMM yyyy", English)}.");
        page.Text($"Voices heard: {CollationCsv.Shown(report.Voices)}. With themes confirmed by staff: {CollationCsv.Shown(report.ConfirmedThemes)}.");
        page.Text($"Rising: {Names(report, report.Rising)}. Falling: {Names(report, report.Falling)}.");
        page.Gap();
        page.Row(true, "Theme", "Voices", "Share %", "Half before", "Year earlier", "Trend");
        foreach (var theme in report.Themes)
        {
            page.Row(false, theme.Name, CollationCsv.Shown(theme.Voices), CollationCsv.Shown(theme.Share), CollationCsv.Shown(theme.PreviousHalf), CollationCsv.Shown(theme.YearEarlier), theme.Trend ?? string.Empty);
        }

        page.Gap();
        page.Image(CollationCharts.ThemesWithTrend(report, ChartedThemes), (double)CollationCharts.Height / CollationCharts.Width);
        page.Image(CollationCharts.ThemesByServiceArea(report, ChartedThemes), (double)CollationCharts.Height / CollationCharts.Width);
        foreach (var theme in report.Themes)
        {
            page.Gap();
            page.Subheading(theme.Name);
            page.Row(true, "Service area", "Voices");
            foreach (var (area, count) in theme.ByServiceArea)
            {
                page.Row(false, area, CollationCsv.Shown(count));
            }

            page.Row(true, "Priority cohort", "Voices");
            foreach (var (cohort, count) in theme.ByCohort)
            {
                page.Row(false, cohort, CollationCsv.Shown(count));
            }
        }

        page.Gap();
        page.Text("Counts of 1 to 4 are shown as <5, and no share is given of them; [c] marks a count withheld so that a small one cannot be worked out from the total. A voice can carry several themes and cohorts, so those counts do not add up to the total.");
        page.Finish();

        using var bytes = new MemoryStream();
        document.Save(bytes, closeStream: false);
        return bytes.ToArray();
    }

    private static string Names(ThemeCollationReport report, IReadOnlyList<string> codes) =>
        codes.Count == 0 ? "none" : string.Join(", ", codes.Select(code => report.Themes.First(theme => theme.Code == code).Name));
}
