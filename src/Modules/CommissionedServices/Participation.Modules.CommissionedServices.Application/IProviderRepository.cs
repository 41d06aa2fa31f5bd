using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Application;

/// <summary>Providers with their keys, as the use cases need them.</summary>
public interface IProviderRepository
{
    /// <summary>The provider and its keys, or null.</summary>
    Task<Provider?> GetAsync(ProviderId id, CancellationToken cancellationToken);

    /// <summary>Whether a provider other than <paramref name="except"/> has the name.</summary>
    Task<bool> NameInUseAsync(string name, ProviderId? except, CancellationToken cancellationToken);

    /// <summary>Tracks a new provider; it is saved with the unit of work.</summary>
    void Add(Provider provider);

    /// <summary>Up to <paramref name="take"/> providers in name order after <paramref name="afterName"/>.</summary>
    Task<IReadOnlyList<Provider>> ListAsync(bool includeDeactivated, string? afterName, int take, CancellationToken cancellationToken);
}
