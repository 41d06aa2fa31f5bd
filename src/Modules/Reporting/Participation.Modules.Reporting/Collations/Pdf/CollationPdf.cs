using Participation.BuildingBlocks.Domain.Calendar;
using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Participation.Modules.Reporting.Collations.Pdf;

/// <summary>
/// The collation as a PDF for the senior management team and the Child Protection Committee: the figures, the two
/// charts, then each theme's service areas and cohorts. Every count is as published: "&lt;5" and "[c]" where withheld.
/// </summary>
internal static class CollationPdf
{
    private const int ChartedThemes = 8;
    private const double Margin = 40;
    private const double Line = 14;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static byte[] Write(ThemeCollationReport report)
    {
        ReportFonts.EnsureRegistered();
        using var document = new PdfDocument();
        document.Info.Title = $"Themes heard, {report.HalfYear}";
        var page = new Writer(document);

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
        page.Chart(CollationCharts.ThemesWithTrend(report, ChartedThemes));
        page.Chart(CollationCharts.ThemesByServiceArea(report, ChartedThemes));
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

    /// <summary>Writes down A4 pages, starting a new one when the next block would not fit.</summary>
    private sealed class Writer(PdfDocument document)
    {
        private static readonly XFont Body = new(ReportFonts.Family, 9);
        private static readonly XFont Strong = new(ReportFonts.Family, 9, XFontStyleEx.Bold);
        private static readonly XFont Title = new(ReportFonts.Family, 16, XFontStyleEx.Bold);
        private static readonly XFont Subtitle = new(ReportFonts.Family, 11, XFontStyleEx.Bold);
        private static readonly double[] Columns = [0, 190, 250, 310, 380, 450];

        private PdfPage? page;
        private XGraphics? graphics;
        private double y;

        private double Width => page!.Width.Point - 2 * Margin;

        public void Heading(string text) => Draw(text, Title, 24);

        public void Subheading(string text) => Draw(text, Subtitle, 16);

        public void Gap() => y += Line / 2;

        /// <summary>A paragraph, wrapped to the page width.</summary>
        public void Text(string text)
        {
            var words = text.Split(' ');
            var line = string.Empty;
            foreach (var word in words)
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Graphics(Line).MeasureString(candidate, Body).Width > Width && line.Length > 0)
                {
                    Draw(line, Body, Line);
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            Draw(line, Body, Line);
        }

        public void Row(bool header, params string[] cells)
        {
            var g = Graphics(Line);
            for (var column = 0; column < cells.Length; column++)
            {
                g.DrawString(cells[column], header ? Strong : Body, XBrushes.Black, new XPoint(Margin + Columns[column], y + 10));
            }

            y += Line;
        }

        public void Chart(byte[] png)
        {
            var height = Width * CollationCharts.Height / CollationCharts.Width;
            var g = Graphics(height);
            using var image = XImage.FromStream(new MemoryStream(png));
            g.DrawImage(image, Margin, y, Width, height);
            y += height + Line;
        }

        public void Finish() => graphics?.Dispose();

        private void Draw(string text, XFont font, double height)
        {
            Graphics(height).DrawString(text, font, XBrushes.Black, new XPoint(Margin, y + height - 4));
            y += height;
        }

        /// <summary>The page to draw the next <paramref name="height"/> points on, starting a new one when this is full.</summary>
        private XGraphics Graphics(double height)
        {
            if (page is null || y + height > page.Height.Point - Margin)
            {
                graphics?.Dispose();
                page = document.AddPage();
                page.Size = PageSize.A4;
                graphics = XGraphics.FromPdfPage(page);
                y = Margin;
            }

            return graphics!;
        }
    }
}
