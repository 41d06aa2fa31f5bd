using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>The public board shows closed loops only: what was said and what was done about it.</summary>
internal sealed class OnlyClosedItemsArePublishedRule(ItemStatus status) : IBusinessRule
{
    public string Code => "forums.items.publish-closed-only";

    public string Message => "Only an item whose response was reported back to the forum can be published.";

    public bool IsBroken() => status != ItemStatus.Closed;
}
