using Microsoft.EntityFrameworkCore;
using Participation.Modules.Complaints.Application;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

internal sealed class ComplimentRepository(ComplaintsDbContext context) : IComplimentRepository
{
    public Task<Compliment?> GetAsync(ComplimentId id, CancellationToken cancellationToken) =>
        context.Compliments.SingleOrDefaultAsync(compliment => compliment.Id == id, cancellationToken);

    public async Task<IReadOnlyList<Compliment>> ListReceivedInAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        await context.Compliments.AsNoTracking().Where(compliment => compliment.ReceivedOn >= from && compliment.ReceivedOn <= to).ToListAsync(cancellationToken);

    public void Add(Compliment compliment) => context.Compliments.Add(compliment);
}
