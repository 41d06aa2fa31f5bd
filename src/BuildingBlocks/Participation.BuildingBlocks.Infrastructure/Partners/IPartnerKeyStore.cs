namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>
/// Where partner keys are kept and checked. The platform authenticates every partner request through it; the module
/// that issues keys (CommissionedServices) implements it.
/// </summary>
public interface IPartnerKeyStore
{
    /// <summary>The partner a presented key speaks for and what it may do; null when the key is unknown, wrong, revoked, expired or its partner deactivated.</summary>
    Task<PartnerKey?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken);
}

/// <summary>A valid partner key.</summary>
/// <param name="PartnerId">The partner (a commissioned provider, a school, the case-management system …) the key belongs to.</param>
/// <param name="KeyName">The key's public name (its prefix), for the audit log; never the secret.</param>
/// <param name="Scopes">What the key may do (<see cref="Domain.Partners.PartnerScopes"/>).</param>
public sealed record PartnerKey(Guid PartnerId, string KeyName, IReadOnlyList<string> Scopes);
