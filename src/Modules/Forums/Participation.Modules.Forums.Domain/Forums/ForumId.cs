using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Forums;

/// <summary>The id of a forum.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ForumId(Guid Value) : IStronglyTypedId, IComparable<ForumId>
{
    public int CompareTo(ForumId other) => Value.CompareTo(other.Value);

    public static bool operator >(ForumId left, ForumId right) => left.CompareTo(right) > 0;

    public static bool operator <(ForumId left, ForumId right) => left.CompareTo(right) < 0;

    public static bool operator >=(ForumId left, ForumId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(ForumId left, ForumId right) => left.CompareTo(right) <= 0;
}
