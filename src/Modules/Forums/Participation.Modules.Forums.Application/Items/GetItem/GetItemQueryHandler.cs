using Mediator;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.GetItem;

internal sealed class GetItemQueryHandler(IForumItemRepository items) : IQueryHandler<GetItemQuery, Versioned<ItemResponse>>
{
    public async ValueTask<Versioned<ItemResponse>> Handle(GetItemQuery query, CancellationToken cancellationToken)
    {
        var item = await items.LoadAsync(new ForumItemId(query.Id), cancellationToken);
        return new Versioned<ItemResponse>(ItemResponse.From(item), item.Version);
    }
}
