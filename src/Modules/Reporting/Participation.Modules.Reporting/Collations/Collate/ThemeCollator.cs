using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.ReferenceData.Contracts;

namespace Participation.Modules.Reporting.Collations.Collate;

/// <summary>Turns a half-year's counts into the published collation (docs/domain/reporting.md#six-monthly-theme-collation).</summary>
internal static class ThemeCollator
{
    public const string Rising = "rising";
    public const string Falling = "falling";
    public const string Steady = "steady";

    public static ThemeCollationReport Collate(HalfYear half, ThemeCounts counts, IReadOnlyList<TaxonomyTheme> taxonomy, DateTimeOffset producedAt)
    {
        var names = taxonomy.ToDictionary(theme => theme.Code, theme => theme.Name, StringComparer.Ordinal);
        var total = counts.Totals.Where(row => row.Period == 0).Sum(row => row.Voices);
        var confirmed = counts.Totals.Where(row => row.Period == 0).Sum(row => row.Confirmed);
        int CountOf(string theme, int period) => counts.ByTheme.Where(row => row.Theme == theme && row.Period == period).Sum(row => row.Voices);

        var themes = counts.ByTheme.Select(row => row.Theme).Distinct()
            .Select(theme => (Code: theme, Now: CountOf(theme, 0), Before: CountOf(theme, 1), YearAgo: CountOf(theme, 2)))
            .OrderByDescending(theme => theme.Now).ThenBy(theme => theme.Code, StringComparer.Ordinal)
            .Select((theme, rank) => new CollatedTheme(
                theme.Code,
                names.GetValueOrDefault(theme.Code, theme.Code),
                SmallNumbers.Count(theme.Now),
                Share(theme.Now, total),
                SmallNumbers.Count(theme.Before),
                SmallNumbers.Count(theme.YearAgo),
                Change(theme.Now, theme.Before),
                Change(theme.Now, theme.YearAgo),
                Trend(theme.Now, theme.Before),
                SmallNumbers.Breakdown(counts.ByServiceArea.Where(row => row.Theme == theme.Code).Select(row => KeyValuePair.Create(row.ServiceArea, row.Voices))),
                SmallNumbers.EachOnItsOwn(counts.ByCohort.Where(row => row.Theme == theme.Code).Select(row => KeyValuePair.Create(row.Cohort, row.Voices))),
                // Only beside a published count: a quote under a withheld one would point at one of a handful of people.
                rank < CollatedTheme.LeadingThemes && !SmallNumbers.IsSmall(theme.Now)
                    ? [.. counts.Quotes.Where(row => row.Theme == theme.Code).Select(row => row.Quote)]
                    : []))
            .ToList();

        return new ThemeCollationReport(
            Guid.Empty,
            0,
            half.Label,
            half.From,
            half.To,
            producedAt,
            SmallNumbers.Count(total),
            SmallNumbers.Count(confirmed),
            themes,
            [.. themes.Where(theme => theme.Trend == Rising).Select(theme => theme.Code)],
            [.. themes.Where(theme => theme.Trend == Falling).Select(theme => theme.Code)]);
    }

    /// <summary>A share of a withheld count is withheld too: with the total shown it would give the count away.</summary>
    private static PercentageFigure Share(int voices, int total) =>
        SmallNumbers.IsSmall(voices) ? new PercentageFigure(null, Suppression.Small) : SmallNumbers.Percentage(voices, total);

    /// <summary>A difference is published only between two published counts: otherwise it would give a withheld one away.</summary>
    private static int? Change(int now, int before) => SmallNumbers.IsSmall(now) || SmallNumbers.IsSmall(before) ? null : now - before;

    /// <summary>Rising or falling by at least a quarter of the half before (from nothing: to at least 5); steady otherwise.</summary>
    private static string? Trend(int now, int before)
    {
        if (Change(now, before) is not { } change)
        {
            return null;
        }

        var threshold = before == 0 ? 1 : before;
        return change * 4 >= threshold ? Rising : change * 4 <= -threshold ? Falling : Steady;
    }
}
