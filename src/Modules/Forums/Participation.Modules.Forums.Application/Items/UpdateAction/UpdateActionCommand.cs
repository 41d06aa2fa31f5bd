using Mediator;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.UpdateAction;

/// <summary>Changes an action's owner, due date or status, on an item the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record UpdateActionCommand(Guid ItemId, Guid ActionId, uint ExpectedVersion, string Owner, DateOnly DueOn, ActionStatus Status) : ICommand;
