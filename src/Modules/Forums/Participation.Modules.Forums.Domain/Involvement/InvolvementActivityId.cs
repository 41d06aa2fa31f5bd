using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Involvement;

/// <summary>The id of an involvement activity; UUIDv7, so ids order as activities were recorded.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct InvolvementActivityId(Guid Value) : IStronglyTypedId, IComparable<InvolvementActivityId>
{
    public int CompareTo(InvolvementActivityId other) => Value.CompareTo(other.Value);

    public static bool operator >(InvolvementActivityId left, InvolvementActivityId right) => left.CompareTo(right) > 0;

    public static bool operator <(InvolvementActivityId left, InvolvementActivityId right) => left.CompareTo(right) < 0;

    public static bool operator >=(InvolvementActivityId left, InvolvementActivityId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(InvolvementActivityId left, InvolvementActivityId right) => left.CompareTo(right) <= 0;
}
