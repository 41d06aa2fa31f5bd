using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Forums.Domain.ActionPlan;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.ActionPlan;

/// <summary>A row of the participation action plan.</summary>
/// <param name="Id">The action's id.</param>
/// <param name="Action">What the council will do.</param>
/// <param name="How">How it will do it.</param>
/// <param name="Resources">The resources it needs.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">open | done | cancelled.</param>
/// <param name="Evidence">What shows progress or completion.</param>
/// <param name="SettledOn">The day it was done or cancelled.</param>
/// <param name="OverdueFlaggedOn">The day the daily job found it overdue.</param>
public sealed record PlanActionResponse(
    Guid Id,
    [property: MaxLength(TextLengths.Reason)] string Action,
    [property: MaxLength(TextLengths.Statement)] string How,
    [property: MaxLength(TextLengths.Reason)] string? Resources,
    [property: MaxLength(TextLengths.Name)] string Owner,
    DateOnly DueOn,
    ActionStatus Status,
    [property: MaxLength(TextLengths.Statement)] string? Evidence,
    DateOnly? SettledOn,
    DateOnly? OverdueFlaggedOn)
{
    /// <summary>The row as the API shows it.</summary>
    public static PlanActionResponse From(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return new PlanActionResponse(action.Id.Value, action.Action, action.How, action.Resources, action.Owner, action.DueOn, action.Status, action.Evidence, action.SettledOn, action.OverdueFlaggedOn);
    }
}
