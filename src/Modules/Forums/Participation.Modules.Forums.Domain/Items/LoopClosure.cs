namespace Participation.Modules.Forums.Domain.Items;

/// <summary>When an item was raised and, if its loop closed, reported back.</summary>
/// <param name="RaisedOn">The day raised.</param>
/// <param name="ReportedBackOn">The day its response was reported back; null while open.</param>
public sealed record LoopDates(DateOnly RaisedOn, DateOnly? ReportedBackOn);

/// <summary>
/// A forum's headline figures (docs/domain/forums.md#headline-figures): of the items raised, the share whose response
/// was reported back, and the median days from "you said" to "we did" over the closed ones.
/// </summary>
/// <param name="ItemsRaised">Items raised.</param>
/// <param name="ItemsClosed">Of those, items reported back.</param>
/// <param name="ClosureRate">Closed over raised, as a percentage to one decimal place; null when none was raised.</param>
/// <param name="MedianDaysToClose">The median days from raised to reported back over closed items; null when none closed.</param>
public sealed record LoopClosure(int ItemsRaised, int ItemsClosed, double? ClosureRate, double? MedianDaysToClose)
{
    /// <summary>The figures over the items.</summary>
    public static LoopClosure Of(IReadOnlyCollection<LoopDates> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var days = items.Where(item => item.ReportedBackOn is not null)
            .Select(item => item.ReportedBackOn!.Value.DayNumber - item.RaisedOn.DayNumber)
            .Order()
            .ToList();
        return new LoopClosure(
            items.Count,
            days.Count,
            items.Count == 0 ? null : Math.Round(100.0 * days.Count / items.Count, 1, MidpointRounding.AwayFromZero),
            days.Count == 0 ? null : days.Count % 2 == 1 ? days[days.Count / 2] : (days[(days.Count / 2) - 1] + days[days.Count / 2]) / 2.0);
    }
}
