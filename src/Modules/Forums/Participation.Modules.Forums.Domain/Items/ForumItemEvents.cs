using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.Forums.Domain.Items;

/// <summary>An item was raised at a meeting or an activity.</summary>
/// <param name="Item">The item.</param>
/// <param name="OccurredOn">When it was recorded.</param>
public sealed record ForumItemRaisedDomainEvent(ForumItem Item, DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>An item's response was reported back to its forum: the loop closed.</summary>
/// <param name="Item">The item.</param>
/// <param name="OccurredOn">When it was recorded.</param>
public sealed record ForumItemAnsweredDomainEvent(ForumItem Item, DateTimeOffset OccurredOn) : IDomainEvent;
