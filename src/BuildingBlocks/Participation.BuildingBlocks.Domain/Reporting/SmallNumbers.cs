using System.Globalization;

namespace Participation.BuildingBlocks.Domain.Reporting;

/// <summary>
/// Small-number suppression for every published count (docs/domain/small-number-suppression.md): a count of 1 to 4
/// is shown as "&lt;5", never the number; a percentage only over at least 5; and in a breakdown whose cells add up to
/// a shown total, a lone suppressed cell takes the next smallest cell with it ("[c]"), so it cannot be found by
/// subtraction.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The smallest count shown as itself (zero aside).</summary>
    public const int Threshold = 5;

    /// <summary>How a count of 1 to 4 is shown (primary suppression).</summary>
    public const string Small = "<5";

    /// <summary>How a cell suppressed only to protect another is shown (secondary suppression).</summary>
    public const string Protecting = "[c]";

    /// <summary>How a percentage of nothing is shown.</summary>
    public const string NotApplicable = "n/a";

    /// <summary>Whether a count is shown suppressed.</summary>
    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>The count as shown.</summary>
    public static string Count(int count) =>
        IsSmall(count) ? Small : count.ToString(CultureInfo.InvariantCulture);

    /// <summary>The percentage as shown, one decimal place; "&lt;5" when the denominator is small, "n/a" when it is zero.</summary>
    public static string Percentage(int part, int whole) =>
        whole == 0 ? NotApplicable
        : whole < Threshold ? Small
        : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Counts of the items by key, in key order, suppressed as a breakdown of their total.</summary>
    public static IReadOnlyDictionary<string, string> CountsBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        Breakdown(items.GroupBy(key).Select(group => KeyValuePair.Create(group.Key, group.Count())));

    /// <summary>
    /// Cells of one breakdown, in key order, each primarily suppressed where small; when exactly one is, the smallest
    /// shown cell is suppressed too. When there is no such cell the small one is the whole total, which is then small
    /// itself and suppressed wherever it is shown.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Breakdown(IEnumerable<KeyValuePair<string, int>> cells)
    {
        var ordered = cells.OrderBy(cell => cell.Key, StringComparer.Ordinal).ToList();
        var protecting = ordered.Count(cell => IsSmall(cell.Value)) == 1
            ? ordered.Where(cell => cell.Value >= Threshold).OrderBy(cell => cell.Value).Select(cell => cell.Key).FirstOrDefault()
            : null;
        return ordered.ToDictionary(cell => cell.Key, cell => cell.Key == protecting ? Protecting : Count(cell.Value), StringComparer.Ordinal);
    }
}
