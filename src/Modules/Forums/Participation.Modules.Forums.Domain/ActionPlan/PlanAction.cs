using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Domain.ActionPlan;

/// <summary>
/// An action of the participation strategy's own plan (docs/domain/forums.md#the-participation-action-plan): flagged
/// once when overdue by the same daily job as items' actions, and reported quarterly.
/// </summary>
public sealed class PlanAction : AggregateRoot<PlanActionId>
{
    private PlanAction()
    {
    }

    /// <summary>What the council will do.</summary>
    public string Action { get; private set; } = null!;

    /// <summary>How it will do it.</summary>
    public string How { get; private set; } = null!;

    /// <summary>The resources it needs.</summary>
    public string? Resources { get; private set; }

    /// <summary>Who owns it.</summary>
    public string Owner { get; private set; } = null!;

    /// <summary>When it is due.</summary>
    public DateOnly DueOn { get; private set; }

    /// <summary>Where it is.</summary>
    public ActionStatus Status { get; private set; }

    /// <summary>What shows progress or completion.</summary>
    public string? Evidence { get; private set; }

    /// <summary>The day it was done or dropped.</summary>
    public DateOnly? SettledOn { get; private set; }

    /// <summary>The day the daily job found it overdue; set once.</summary>
    public DateOnly? OverdueFlaggedOn { get; private set; }

    /// <summary>Adds an action to the plan.</summary>
    public static PlanAction Add(PlanActionDetails details, DateOnly today)
    {
        var action = new PlanAction { Id = new PlanActionId(Guid.CreateVersion7()) };
        action.Apply(details, today);
        return action;
    }

    /// <summary>Replaces what is recorded; a new due date may be overdue again later.</summary>
    public void Update(PlanActionDetails details, DateOnly today) => Apply(details, today);

    /// <summary>Flags the action once if open and past its due date; false when there was nothing new to flag.</summary>
    public bool FlagIfOverdue(DateOnly today)
    {
        if (!ActionProgress.NewlyOverdue(Status, DueOn, OverdueFlaggedOn, today))
        {
            return false;
        }

        OverdueFlaggedOn = today;
        return true;
    }

    private void Apply(PlanActionDetails details, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new DoneNeedsEvidenceRule(details.Status, details.Evidence));
        if (details.DueOn != DueOn)
        {
            OverdueFlaggedOn = null;
        }

        SettledOn = ActionProgress.SettledOn(Status, details.Status, SettledOn, today);
        Action = details.Action;
        How = details.How;
        Resources = details.Resources;
        Owner = details.Owner;
        DueOn = details.DueOn;
        Status = details.Status;
        Evidence = details.Evidence;
    }
}
