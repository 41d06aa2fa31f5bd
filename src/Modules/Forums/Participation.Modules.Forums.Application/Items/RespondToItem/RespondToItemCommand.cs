using Mediator;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.RespondToItem;

/// <summary>Writes "we did" for an item the client read at <paramref name="ExpectedVersion"/>: what changed, or why not.</summary>
public sealed record RespondToItemCommand(Guid ItemId, uint ExpectedVersion, string WeDid, ResponseOutcome Outcome) : ICommand;
