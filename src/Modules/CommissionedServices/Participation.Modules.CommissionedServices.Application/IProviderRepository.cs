using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application;

/// <summary>Providers with their keys, as the use cases need them.</summary>
public interface IProviderRepository : IRepository<Provider, ProviderId>
{
    /// <summary>Whether a provider other than <paramref name="except"/> has the name.</summary>
    Task<bool> NameInUseAsync(string name, ProviderId? except, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> providers in name order after <paramref name="afterName"/>.</summary>
    Task<IReadOnlyList<Provider>> ListAsync(bool includeDeactivated, string? afterName, int take, CancellationToken cancellationToken);
}
