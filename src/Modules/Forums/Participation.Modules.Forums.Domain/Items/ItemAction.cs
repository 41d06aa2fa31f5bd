namespace Participation.Modules.Forums.Domain.Items;

/// <summary>
/// Something someone must do about an item, by a date. Kept whole on the item, so any change to an action is a
/// change to the item and its ETag.
/// </summary>
/// <param name="Id">The action's id.</param>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who is to do it (a role or a name).</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">Where it is.</param>
/// <param name="SettledOn">The day it was done or cancelled.</param>
/// <param name="OverdueFlaggedOn">The day the daily job found it overdue; set once.</param>
public sealed record ItemAction(ItemActionId Id, string Description, string Owner, DateOnly DueOn, ActionStatus Status, DateOnly? SettledOn, DateOnly? OverdueFlaggedOn)
{
    internal static ItemAction New(string description, string owner, DateOnly dueOn) =>
        new(new ItemActionId(Guid.CreateVersion7()), description, owner, dueOn, ActionStatus.Open, null, null);

    internal ItemAction Updated(string owner, DateOnly dueOn, ActionStatus status, DateOnly today) => this with
    {
        Owner = owner,
        DueOn = dueOn,
        Status = status,
        SettledOn = ActionProgress.SettledOn(Status, status, SettledOn, today),
        OverdueFlaggedOn = dueOn == DueOn ? OverdueFlaggedOn : null,
    };

    internal bool NewlyOverdue(DateOnly today) => ActionProgress.NewlyOverdue(Status, DueOn, OverdueFlaggedOn, today);
}
