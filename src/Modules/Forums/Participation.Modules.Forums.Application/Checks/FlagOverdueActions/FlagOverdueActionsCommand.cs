using Mediator;

namespace Participation.Modules.Forums.Application.Checks.FlagOverdueActions;

/// <summary>Flags, once each, every open item action and action-plan row past its due date; safe to run twice.</summary>
public sealed record FlagOverdueActionsCommand : ICommand<OverdueFlagged>;

/// <summary>What one run flagged.</summary>
/// <param name="ItemActions">Items' actions flagged now.</param>
/// <param name="PlanActions">Action plan rows flagged now.</param>
public sealed record OverdueFlagged(int ItemActions, int PlanActions);
