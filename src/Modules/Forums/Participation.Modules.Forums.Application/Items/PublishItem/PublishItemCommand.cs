using Mediator;

namespace Participation.Modules.Forums.Application.Items.PublishItem;

/// <summary>Puts a closed item on the public board in the officer's reviewed words.</summary>
public sealed record PublishItemCommand(Guid ItemId, uint ExpectedVersion, string Said, string Did) : ICommand;
