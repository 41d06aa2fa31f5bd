namespace Participation.BuildingBlocks.Domain.Reporting;

/// <summary>Why a published figure is withheld.</summary>
public enum Suppression
{
    /// <summary>A count of 1 to 4, or a percentage of fewer than 5 (primary suppression); shown as "&lt;5".</summary>
    Small,

    /// <summary>Withheld only so that a small cell beside it cannot be worked out from the total (secondary suppression); shown as "[c]".</summary>
    Protecting,
}

/// <summary>A published count: its value, or no value and why it is withheld.</summary>
/// <param name="Value">The count; null when suppressed.</param>
/// <param name="Suppressed">Why it is withheld; null when it is shown.</param>
public sealed record CountFigure(int? Value, Suppression? Suppressed);

/// <summary>A published percentage: its value to one decimal place, or none and why.</summary>
/// <param name="Value">The percentage; null when suppressed, or when there was nothing to count (a denominator of 0).</param>
/// <param name="Suppressed">Why it is withheld; null when it is shown or there was nothing to count.</param>
public sealed record PercentageFigure(double? Value, Suppression? Suppressed);

/// <summary>
/// Small-number suppression for every published count (docs/domain/small-number-suppression.md): a count of 1 to 4
/// is withheld, never the number; a percentage is given only over at least 5; and in a breakdown whose cells add up to
/// a shown total, a lone withheld cell takes the next smallest cell with it, so it cannot be found by subtraction.
/// </summary>
public static class SmallNumbers
{
    /// <summary>The smallest count shown as itself (zero aside).</summary>
    public const int Threshold = 5;

    /// <summary>Whether a count is withheld.</summary>
    public static bool IsSmall(int count) => count is > 0 and < Threshold;

    /// <summary>The count as published.</summary>
    public static CountFigure Count(int count) =>
        IsSmall(count) ? new CountFigure(null, Suppression.Small) : new CountFigure(count, null);

    /// <summary>The percentage as published, one decimal place; withheld when the denominator is small; none when it is zero.</summary>
    public static PercentageFigure Percentage(int part, int whole) =>
        whole == 0 ? new PercentageFigure(null, null)
        : whole < Threshold ? new PercentageFigure(null, Suppression.Small)
        : new PercentageFigure(Math.Round(100.0 * part / whole, 1, MidpointRounding.AwayFromZero), null);

    /// <summary>
    /// Counts that overlap (a record may fall under several keys, as with cohorts), so are not a breakdown of one total:
    /// each is suppressed on its own, in key order.
    /// </summary>
    public static IReadOnlyDictionary<string, CountFigure> EachOnItsOwn(IEnumerable<KeyValuePair<string, int>> cells) =>
        new SortedDictionary<string, CountFigure>(cells.ToDictionary(cell => cell.Key, cell => Count(cell.Value)), StringComparer.Ordinal);

    /// <summary>Counts of the items by key, in key order, suppressed as a breakdown of their total.</summary>
    public static IReadOnlyDictionary<string, CountFigure> CountsBy<T>(IEnumerable<T> items, Func<T, string> key) =>
        Breakdown(items.GroupBy(key).Select(group => KeyValuePair.Create(group.Key, group.Count())));

    /// <summary>
    /// Cells of one breakdown, in key order, each withheld where small; when exactly one is, the smallest shown cell
    /// is withheld too. When there is no such cell the small one is the whole total, which is then small itself and
    /// withheld wherever it is published.
    /// </summary>
    public static IReadOnlyDictionary<string, CountFigure> Breakdown(IEnumerable<KeyValuePair<string, int>> cells)
    {
        var ordered = cells.OrderBy(cell => cell.Key, StringComparer.Ordinal).ToList();
        var protecting = ordered.Count(cell => IsSmall(cell.Value)) == 1
            ? ordered.Where(cell => cell.Value >= Threshold).OrderBy(cell => cell.Value).Select(cell => cell.Key).FirstOrDefault()
            : null;
        return ordered.ToDictionary(
            cell => cell.Key,
            cell => cell.Key == protecting ? new CountFigure(null, Suppression.Protecting) : Count(cell.Value),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// A breakdown of a cell withheld elsewhere in the same report: shown, its cells would add up to that cell and give
    /// it back, so every cell is withheld with it (small ones as small, the rest as protecting).
    /// </summary>
    public static IReadOnlyDictionary<string, CountFigure> WithheldWithItsTotal(IEnumerable<KeyValuePair<string, int>> cells) =>
        new SortedDictionary<string, CountFigure>(
            cells.ToDictionary(cell => cell.Key, cell => IsSmall(cell.Value) ? new CountFigure(null, Suppression.Small) : new CountFigure(null, Suppression.Protecting)),
            StringComparer.Ordinal);
}
