using Participation.BuildingBlocks.Domain.Reporting;
using ScottPlot;

namespace Participation.Modules.Reporting.Collations.Pdf;

/// <summary>
/// The collation's charts, as PNG. A withheld count is never drawn: a bar's height would give it away, so it has no
/// bar, and its label says "&lt;5" or "[c]".
/// </summary>
internal static class CollationCharts
{
    public const int Width = 1000;
    public const int Height = 520;

    /// <summary>Leading themes, this half beside the half before.</summary>
    public static byte[] ThemesWithTrend(ThemeCollationReport report, int themes)
    {
        ReportFonts.EnsureRegistered();
        var plot = new Plot();
        var leading = report.Themes.Take(themes).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        for (var index = 0; index < leading.Count; index++)
        {
            bars.Add(Bar(index * 3, leading[index].Voices, palette.GetColor(0)));
            bars.Add(Bar(index * 3 + 1, leading[index].PreviousHalf, palette.GetColor(1)));
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. leading.Select((_, index) => index * 3 + 0.5)], [.. leading.Select(theme => Wrap(theme.Name))]);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = report.HalfYear, FillColor = palette.GetColor(0) });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "the half-year before", FillColor = palette.GetColor(1) });
        return Render(plot, bars, "Voices by theme, with the half-year before");
    }

    /// <summary>Leading themes by service area.</summary>
    public static byte[] ThemesByServiceArea(ThemeCollationReport report, int themes)
    {
        ReportFonts.EnsureRegistered();
        var plot = new Plot();
        var leading = report.Themes.Take(themes).ToList();
        var areas = leading.SelectMany(theme => theme.ByServiceArea.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var palette = new ScottPlot.Palettes.Category10();
        var bars = new List<Bar>();
        var step = areas.Count + 1;
        for (var index = 0; index < leading.Count; index++)
        {
            for (var area = 0; area < areas.Count; area++)
            {
                if (leading[index].ByServiceArea.TryGetValue(areas[area], out var count))
                {
                    bars.Add(Bar(index * step + area, count, palette.GetColor(area)));
                }
            }
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. leading.Select((_, index) => index * step + (areas.Count - 1) / 2.0)], [.. leading.Select(theme => Wrap(theme.Name))]);
        for (var area = 0; area < areas.Count; area++)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = areas[area], FillColor = palette.GetColor(area) });
        }

        return Render(plot, bars, "Voices by theme and service area");
    }

    private static Bar Bar(double position, CountFigure count, Color colour) => new()
    {
        Position = position,
        Value = count.Value ?? 0,
        FillColor = colour,
        Label = CollationCsv.Shown(count),
    };

    private static string Wrap(string name) => name.Length <= 18 ? name : name.Replace(' ', '\n');

    private static byte[] Render(Plot plot, List<Bar> bars, string title)
    {
        plot.Title(title);
        plot.ShowLegend(Alignment.UpperRight);
        // Counts start at zero; room above the tallest bar for its label, and an axis even when every count is withheld.
        plot.Axes.SetLimitsY(0, Math.Max(SmallNumbers.Threshold, bars.Max(bar => (double?)bar.Value) ?? 0) * 1.15);
        plot.Axes.Left.Label.Text = "voices";
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
