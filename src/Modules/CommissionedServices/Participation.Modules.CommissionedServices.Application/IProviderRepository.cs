using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application;

/// <summary>Providers with their keys, as the use cases need them.</summary>
public interface IProviderRepository : IRepository<Provider, ProviderId>
{
    /// <summary>Whether a provider other than <paramref name="except"/> has the name.</summary>
    Task<bool> NameInUseAsync(string name, ProviderId? except, CancellationToken cancellationToken);

    /// <summary>Every provider's id and name.</summary>
    Task<IReadOnlyList<(Guid Id, string Name)>> NamesAsync(CancellationToken cancellationToken);

    /// <summary>Active providers whose contract covers <paramref name="today"/>.</summary>
    Task<IReadOnlyList<Provider>> UnderContractAsync(DateOnly today, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> providers in name order after <paramref name="afterName"/>.</summary>
    Task<IReadOnlyList<Provider>> ListAsync(bool includeDeactivated, string? afterName, int take, CancellationToken cancellationToken);
}
