using Mediator;

namespace Participation.Modules.Forums.Application.Items.AddAction;

/// <summary>Adds an action to an item the client read at <paramref name="ExpectedVersion"/>; returns the action's id.</summary>
public sealed record AddActionCommand(Guid ItemId, uint ExpectedVersion, string Description, string Owner, DateOnly DueOn) : ICommand<Guid>;
