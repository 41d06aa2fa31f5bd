using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class ActivityRepository(ForumsDbContext context) : IActivityRepository
{
    public void HoldVersionOf(InvolvementActivity activity) => AggregateVersions.WriteUnderVersion(context.Entry(activity));

    public Task<InvolvementActivity?> GetAsync(InvolvementActivityId id, CancellationToken cancellationToken) =>
        context.Activities.SingleOrDefaultAsync(activity => activity.Id == id, cancellationToken);

    public void Add(InvolvementActivity aggregate) => context.Activities.Add(aggregate);

    public async Task<IReadOnlyList<InvolvementActivity>> ListAsync(ActivityKind? kind, Guid? after, int take, CancellationToken cancellationToken)
    {
        var activities = context.Activities.AsNoTracking();
        if (kind is { } only)
        {
            activities = activities.Where(activity => activity.Kind == only);
        }

        if (after is { } last)
        {
            var lastId = new InvolvementActivityId(last);
            activities = activities.Where(activity => activity.Id > lastId);
        }

        return await activities.OrderBy(activity => activity.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<InvolvementActivity>> HeldAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await context.Activities.AsNoTracking().Where(activity => activity.HeldOn >= from && activity.HeldOn <= to).ToListAsync(cancellationToken);
}
