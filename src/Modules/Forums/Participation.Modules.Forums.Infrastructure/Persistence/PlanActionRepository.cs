using Microsoft.EntityFrameworkCore;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Domain.ActionPlan;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class PlanActionRepository(ForumsDbContext context) : IPlanActionRepository
{
    public Task<PlanAction?> GetAsync(PlanActionId id, CancellationToken cancellationToken) =>
        context.PlanActions.SingleOrDefaultAsync(action => action.Id == id, cancellationToken);

    public void Add(PlanAction aggregate) => context.PlanActions.Add(aggregate);

    public async Task<IReadOnlyList<PlanAction>> ListAsync(bool overdueOnly, CancellationToken cancellationToken)
    {
        var plan = context.PlanActions.AsNoTracking();
        if (overdueOnly)
        {
            plan = plan.Where(action => action.Status == ActionStatus.Open && action.OverdueFlaggedOn != null);
        }

        return await plan.OrderBy(action => action.DueOn).ThenBy(action => action.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<PlanAction>> NewlyOverdueAsync(DateOnly today, CancellationToken cancellationToken) =>
        await context.PlanActions.Where(action => action.Status == ActionStatus.Open && action.DueOn < today && action.OverdueFlaggedOn == null).ToListAsync(cancellationToken);
}
