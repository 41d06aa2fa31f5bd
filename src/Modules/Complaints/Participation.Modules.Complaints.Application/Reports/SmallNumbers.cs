using System.Globalization;

namespace Participation.Modules.Complaints.Application.Reports;

/// <summary>
/// Small-number suppression (DOMAIN.md): a count of 1 to 4 is shown as "&lt;5", never the number, so no child can be
/// identified; a percentage is shown only over at least 5.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The smallest count shown as itself (zero aside).</summary>
    public const int Threshold = 5;

    /// <summary>The count as shown.</summary>
    public static string Count(int count) =>
        count is > 0 and < Threshold ? "<5" : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The percentage as shown, one decimal place; "&lt;5" when the denominator is small, "n/a" when it is zero.</summary>
    public static string Percentage(int part, int whole) =>
        whole == 0 ? "n/a"
        : whole < Threshold ? "<5"
        : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Counts by key, each shown with suppression, in key order.</summary>
    public static IReadOnlyDictionary<string, string> CountsBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key).OrderBy(group => group.Key, StringComparer.Ordinal).ToDictionary(group => group.Key, group => Count(group.Count()));
}
