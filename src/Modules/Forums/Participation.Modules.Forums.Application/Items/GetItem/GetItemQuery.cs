using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.Forums.Application.Items.GetItem;

/// <summary>One item, versioned.</summary>
public sealed record GetItemQuery(Guid Id) : IQuery<Versioned<ItemResponse>>;
