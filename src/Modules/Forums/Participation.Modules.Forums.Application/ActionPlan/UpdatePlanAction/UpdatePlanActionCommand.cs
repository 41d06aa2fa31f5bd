using Mediator;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.ActionPlan.UpdatePlanAction;

/// <summary>Replaces a plan row the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdatePlanActionCommand(Guid Id, uint ExpectedVersion, string Action, string How, string? Resources, string Owner, DateOnly DueOn, ActionStatus Status, string? Evidence)
    : ICommand, IPlanActionCommand;
