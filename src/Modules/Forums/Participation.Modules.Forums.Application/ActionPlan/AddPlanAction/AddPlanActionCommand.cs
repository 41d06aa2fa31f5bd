using Mediator;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.ActionPlan.AddPlanAction;

/// <summary>Adds a row to the participation action plan.</summary>
public sealed record AddPlanActionCommand(string Action, string How, string? Resources, string Owner, DateOnly DueOn, ActionStatus Status, string? Evidence) : ICommand<Guid>, IPlanActionCommand;
