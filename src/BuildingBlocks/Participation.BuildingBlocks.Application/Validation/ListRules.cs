using FluentValidation;

namespace Participation.BuildingBlocks.Application.Validation;

/// <summary>The rule for a list's length, worded once.</summary>
public static class ListRules
{
    /// <summary>The list holds at most <paramref name="most"/> items (a missing list is left to other rules).</summary>
    public static IRuleBuilderOptions<T, IReadOnlyList<TItem>?> HoldsAtMost<T, TItem>(this IRuleBuilder<T, IReadOnlyList<TItem>?> rule, int most) =>
        rule.Must(items => items is null || items.Count <= most).WithMessage($"{{PropertyName}} holds at most {most} items.");
}
