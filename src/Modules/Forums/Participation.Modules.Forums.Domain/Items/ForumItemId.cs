using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Items;

/// <summary>The id of a "you said" item; UUIDv7, so ids order as items were raised.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ForumItemId(Guid Value) : IStronglyTypedId, IComparable<ForumItemId>
{
    public int CompareTo(ForumItemId other) => Value.CompareTo(other.Value);

    public static bool operator >(ForumItemId left, ForumItemId right) => left.CompareTo(right) > 0;

    public static bool operator <(ForumItemId left, ForumItemId right) => left.CompareTo(right) < 0;

    public static bool operator >=(ForumItemId left, ForumItemId right) => left.CompareTo(right) >= 0;

    public static bool operator <=(ForumItemId left, ForumItemId right) => left.CompareTo(right) <= 0;
}

/// <summary>The id of an action on an item.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ItemActionId(Guid Value) : IStronglyTypedId;
