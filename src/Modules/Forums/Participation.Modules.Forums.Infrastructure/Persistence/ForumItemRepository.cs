using Microsoft.EntityFrameworkCore;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Application.PublicBoard;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class ForumItemRepository(ForumsDbContext context) : IForumItemRepository
{
    public Task<ForumItem?> GetAsync(ForumItemId id, CancellationToken cancellationToken) =>
        context.Items.SingleOrDefaultAsync(item => item.Id == id, cancellationToken);

    public void Add(ForumItem aggregate) => context.Items.Add(aggregate);

    public Task<bool> AnyRaisedAtAsync(InvolvementActivityId activity, CancellationToken cancellationToken) =>
        context.Items.AnyAsync(item => item.RaisedAtActivityId == activity, cancellationToken);

    public async Task<IReadOnlyList<ForumItem>> ListAsync(ItemFilter filter, Guid? after, int take, CancellationToken cancellationToken)
    {
        // Only the filters given: EF Core interprets "value == null || ..." on every execution (docs/adr/0016-the-read-path.md).
        var items = context.Items.AsNoTracking();
        if (filter.ForumId is { } forumId)
        {
            items = items.Where(item => item.ForumId == forumId);
        }

        items = filter.Status switch
        {
            ItemStatus.Open => items.Where(item => item.WeDid == null),
            ItemStatus.Answered => items.Where(item => item.WeDid != null && item.ReportedBackOn == null),
            ItemStatus.Closed => items.Where(item => item.ReportedBackOn != null),
            _ => items,
        };
        if (filter.Overdue)
        {
            items = items.Where(item => item.HasOverdueAction);
        }

        if (after is { } last)
        {
            var lastId = new ForumItemId(last);
            items = items.Where(item => item.Id > lastId);
        }

        return await items.OrderBy(item => item.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ForumItem>> WithActionsNewlyOverdueAsync(DateOnly today, CancellationToken cancellationToken) =>
        await context.Items.Where(item => item.NextActionDueOn < today).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<LoopDates>> LoopDatesAsync(ForumId forumId, CancellationToken cancellationToken) =>
        await context.Items.Where(item => item.ForumId == forumId).Select(item => new LoopDates(item.RaisedOn, item.ReportedBackOn)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<(ForumId ForumId, LoopDates Dates)>> RaisedAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        [.. (await context.Items.Where(item => item.RaisedOn >= from && item.RaisedOn <= to)
                .Select(item => new { item.ForumId, item.RaisedOn, item.ReportedBackOn })
                .ToListAsync(cancellationToken))
            .Select(item => (item.ForumId, new LoopDates(item.RaisedOn, item.ReportedBackOn)))];

    public async Task<IReadOnlyList<PublishedItem>> PublishedAsync(BoardPosition? after, int take, CancellationToken cancellationToken)
    {
        var items = context.Items.AsNoTracking().Where(item => item.PublishedAt != null);
        if (after is not null)
        {
            var (day, lastId) = (after.ReportedBackOn, new ForumItemId(after.ItemId));
            items = items.Where(item => item.ReportedBackOn < day || (item.ReportedBackOn == day && item.Id < lastId));
        }

        return await items
            .OrderByDescending(item => item.ReportedBackOn).ThenByDescending(item => item.Id)
            .Join(context.Forums, item => item.ForumId, forum => forum.Id, (item, forum) => new PublishedItem(
                item.Id.Value, forum.Kind, item.ServiceArea, item.Themes, item.PublishedSaid!, item.PublishedDid!, item.ReportedBackOn!.Value))
            .Take(take)
            .ToListAsync(cancellationToken);
    }
}
