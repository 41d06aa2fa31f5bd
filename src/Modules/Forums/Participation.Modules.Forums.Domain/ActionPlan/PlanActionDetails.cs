using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Domain.ActionPlan;

/// <summary>One row of the participation strategy's action plan, in Portsmouth's columns.</summary>
/// <param name="Action">What the council will do.</param>
/// <param name="How">How it will do it.</param>
/// <param name="Resources">The resources it needs.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">Where it is.</param>
/// <param name="Evidence">What shows progress or completion.</param>
public sealed record PlanActionDetails(string Action, string How, string? Resources, string Owner, DateOnly DueOn, ActionStatus Status, string? Evidence);
