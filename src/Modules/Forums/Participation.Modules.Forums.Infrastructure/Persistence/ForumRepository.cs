using Microsoft.EntityFrameworkCore;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class ForumRepository(ForumsDbContext context) : IForumRepository
{
    public Task<Forum?> GetAsync(ForumId id, CancellationToken cancellationToken) =>
        context.Forums.SingleOrDefaultAsync(forum => forum.Id == id, cancellationToken);

    public void Add(Forum aggregate) => context.Forums.Add(aggregate);

    public async Task<IReadOnlyList<Forum>> ListAsync(bool includeClosed, ForumListPosition? after, int take, CancellationToken cancellationToken)
    {
        var forums = context.Forums.AsNoTracking();
        if (!includeClosed)
        {
            forums = forums.Where(forum => forum.ClosedOn == null);
        }

        if (after is not null)
        {
            var lastId = new ForumId(after.Id);
            forums = forums.Where(forum => string.Compare(forum.Name, after.Name) > 0 || (forum.Name == after.Name && forum.Id > lastId));
        }

        return await forums.OrderBy(forum => forum.Name).ThenBy(forum => forum.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Forum>> AllAsync(CancellationToken cancellationToken) =>
        await context.Forums.AsNoTracking().OrderBy(forum => forum.Name).ToListAsync(cancellationToken);
}
