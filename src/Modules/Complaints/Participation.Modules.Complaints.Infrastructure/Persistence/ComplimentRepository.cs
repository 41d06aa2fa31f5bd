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

    public async Task<IReadOnlyList<(Compliment Compliment, long Position)>> ListAsync(ComplimentFilter filter, long after, int take, CancellationToken cancellationToken)
    {
        var rows = await context.Compliments.AsNoTracking()
            .Where(compliment => EF.Property<long>(compliment, ComplaintsDbContext.Position) > after)
            .ReceivedIn(filter.ServiceArea, filter.ReceivedFrom, filter.ReceivedTo)
            .OrderBy(compliment => EF.Property<long>(compliment, ComplaintsDbContext.Position))
            .Take(take)
            .Select(compliment => new { Compliment = compliment, Position = EF.Property<long>(compliment, ComplaintsDbContext.Position) })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(row => (row.Compliment, row.Position))];
    }
}
