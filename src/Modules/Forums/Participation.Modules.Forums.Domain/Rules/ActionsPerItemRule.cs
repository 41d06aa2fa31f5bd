using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Domain.Rules;

/// <summary>An item's actions are kept on the item; thirty is more than one thing said needs, and bounds the record.</summary>
internal sealed class ActionsPerItemRule(int actions) : IBusinessRule
{
    public string Code => "forums.items.too-many-actions";

    public string Message => $"An item holds at most {ForumItem.MostActions} actions.";

    public bool IsBroken() => actions >= ForumItem.MostActions;
}
