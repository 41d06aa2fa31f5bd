using Mediator;
using Participation.BuildingBlocks.Application.Paging;

namespace Participation.Modules.Forums.Application.Forums.ListForums;

internal sealed class ListForumsQueryHandler(IForumRepository forums) : IQueryHandler<ListForumsQuery, Page<ForumResponse>>
{
    public async ValueTask<Page<ForumResponse>> Handle(ListForumsQuery query, CancellationToken cancellationToken)
    {
        // Names need not be unique: the cursor is the last forum's name and id, so a page never skips a namesake.
        Paging.TryDecodeCursor(query.Cursor, out var key);
        var after = key is null ? null : new ForumListPosition(key[..key.LastIndexOf('|')], Guid.Parse(key[(key.LastIndexOf('|') + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        var rows = await forums.ListAsync(query.IncludeClosed, after, query.PageSize + 1, cancellationToken);
        return Paging.ToPage([.. rows.Select(ForumResponse.From)], query.PageSize, forum => $"{forum.Name}|{forum.Id}");
    }
}
