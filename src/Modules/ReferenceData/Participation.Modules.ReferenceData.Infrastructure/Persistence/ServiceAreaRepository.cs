using Microsoft.EntityFrameworkCore;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

internal sealed class ServiceAreaRepository(ReferenceDataDbContext context) : IServiceAreaRepository
{
    public Task<ServiceArea?> GetAsync(ServiceAreaId id, CancellationToken cancellationToken) =>
        context.ServiceAreas.SingleOrDefaultAsync(area => area.Id == id, cancellationToken);

    public Task<bool> CodeInUseAsync(string code, CancellationToken cancellationToken) =>
        context.ServiceAreas.AnyAsync(area => area.Code == code, cancellationToken);

    public async Task<IReadOnlySet<string>> FindActiveCodesAsync(IReadOnlyCollection<string> codes, CancellationToken cancellationToken) =>
        await context.ServiceAreas
            .Where(area => codes.Contains(area.Code) && area.RetiredOn == null)
            .Select(area => area.Code)
            .ToHashSetAsync(StringComparer.Ordinal, cancellationToken);

    public void Add(ServiceArea serviceArea) => context.ServiceAreas.Add(serviceArea);

    public async Task<IReadOnlyList<ServiceArea>> ListAsync(bool includeRetired, string? afterCode, int take, CancellationToken cancellationToken)
    {
        // Only the filters given: EF Core interprets "value == null || ..." on every execution (docs/adr/0016-the-read-path.md).
        var areas = context.ServiceAreas.AsNoTracking();
        if (!includeRetired)
        {
            areas = areas.Where(area => area.RetiredOn == null);
        }

        if (afterCode is not null)
        {
            areas = areas.Where(area => string.Compare(area.Code, afterCode) > 0);
        }

        return await areas.OrderBy(area => area.Code).Take(take).ToListAsync(cancellationToken);
    }
}
