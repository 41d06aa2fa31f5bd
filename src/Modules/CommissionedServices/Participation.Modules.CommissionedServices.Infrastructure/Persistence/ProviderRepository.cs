using Microsoft.EntityFrameworkCore;
using Participation.Modules.CommissionedServices.Application;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

internal sealed class ProviderRepository(CommissionedServicesDbContext context) : IProviderRepository
{
    public Task<Provider?> GetAsync(ProviderId id, CancellationToken cancellationToken) =>
        context.Providers.SingleOrDefaultAsync(provider => provider.Id == id, cancellationToken);

    public Task<bool> NameInUseAsync(string name, ProviderId? except, CancellationToken cancellationToken) =>
        context.Providers.AnyAsync(provider => provider.Name == name && (except == null || provider.Id != except), cancellationToken);

    public void Add(Provider provider) => context.Providers.Add(provider);

    public async Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken cancellationToken) =>
        [.. (await context.Providers.AsNoTracking().Select(provider => new { provider.Id, provider.Name }).ToListAsync(cancellationToken)).Select(provider => (provider.Id.Value, provider.Name))];

    public async Task<IReadOnlyList<Provider>> UnderContractAsync(DateOnly today, CancellationToken cancellationToken) =>
        await context.Providers.AsNoTracking()
            .Where(provider => provider.DeactivatedOn == null && provider.ContractStart <= today && (provider.ContractEnd == null || provider.ContractEnd >= today))
            .ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<Provider>> ListAsync(bool includeDeactivated, string? afterName, int take, CancellationToken cancellationToken)
    {
        // Only the filters given: EF Core interprets "value == null || ..." on every execution (docs/adr/0016-the-read-path.md).
        var providers = context.Providers.AsNoTracking();
        if (!includeDeactivated)
        {
            providers = providers.Where(provider => provider.DeactivatedOn == null);
        }

        if (afterName is not null)
        {
            providers = providers.Where(provider => string.Compare(provider.Name, afterName) > 0);
        }

        return await providers.OrderBy(provider => provider.Name).Take(take).ToListAsync(cancellationToken);
    }
}
