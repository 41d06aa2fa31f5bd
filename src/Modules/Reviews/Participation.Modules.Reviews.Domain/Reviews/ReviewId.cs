using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Reviews.Domain.Reviews;

/// <summary>The id of a review meeting as recorded here; UUIDv7, so ids order as reviews were recorded.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ReviewId(Guid Value) : IStronglyTypedId, IComparable<ReviewId>
{
    public int CompareTo(ReviewId other) => Value.CompareTo(other.Value);

    public static bool operator >(ReviewId left, ReviewId right) => left.CompareTo(right) > 0;

    public static bool operator <(ReviewId left, ReviewId right) => left.CompareTo(right) < 0;

    public static bool operator >=(ReviewId left, ReviewId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(ReviewId left, ReviewId right) => left.CompareTo(right) <= 0;
}
