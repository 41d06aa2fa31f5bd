namespace Participation.Modules.Forums.Domain.Items;

/// <summary>The dates an action's progress sets, shared by items' actions and the action plan's.</summary>
internal static class ActionProgress
{
    /// <summary>The day an action was settled (done or cancelled): kept while its status stands, today when it changes, none while open.</summary>
    public static DateOnly? SettledOn(ActionStatus was, ActionStatus now, DateOnly? settledOn, DateOnly today) =>
        now == ActionStatus.Open ? null : was == now && settledOn is not null ? settledOn : today;

    /// <summary>Whether the daily job should flag the action now: open, past its due date, and not flagged before.</summary>
    public static bool NewlyOverdue(ActionStatus status, DateOnly dueOn, DateOnly? flaggedOn, DateOnly today) =>
        status == ActionStatus.Open && dueOn < today && flaggedOn is null;
}
