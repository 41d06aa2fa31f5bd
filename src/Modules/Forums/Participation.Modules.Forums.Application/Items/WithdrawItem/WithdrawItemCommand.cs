using Mediator;

namespace Participation.Modules.Forums.Application.Items.WithdrawItem;

/// <summary>Takes an item off the public board; taking off one that is not on it changes nothing.</summary>
public sealed record WithdrawItemCommand(Guid ItemId, uint ExpectedVersion) : ICommand;
