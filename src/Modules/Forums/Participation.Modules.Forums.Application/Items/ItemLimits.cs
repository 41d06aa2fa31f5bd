namespace Participation.Modules.Forums.Application.Items;

/// <summary>What one item may hold.</summary>
public static class ItemLimits
{
    /// <summary>Actions on one item.</summary>
    public const int Actions = Domain.Items.ForumItem.MostActions;
}
