using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>
/// A partner system's credential. Only a hash of its secret is kept; the short public prefix finds it.
/// </summary>
public sealed class ApiKey : Entity<ApiKeyId>
{
    private ApiKey()
    {
    }

    internal ApiKey(string prefix, byte[] secretHash, IReadOnlyList<string> scopes, DateTimeOffset createdOn, DateTimeOffset? expiresOn)
    {
        Id = new ApiKeyId(Guid.CreateVersion7());
        Prefix = prefix;
        SecretHash = secretHash;
        Scopes = scopes;
        CreatedOn = createdOn;
        ExpiresOn = expiresOn;
    }

    /// <summary>The public part of the key, shown in lists so staff can tell keys apart.</summary>
    public string Prefix { get; private set; } = null!;

    /// <summary>SHA-256 of the secret part.</summary>
    public byte[] SecretHash { get; private set; } = null!;

    /// <summary>What the key may do (<see cref="BuildingBlocks.Domain.Partners.PartnerScopes"/>).</summary>
    public IReadOnlyList<string> Scopes { get; private set; } = [];

    /// <summary>When it was issued.</summary>
    public DateTimeOffset CreatedOn { get; private set; }

    /// <summary>When it stops working, if ever.</summary>
    public DateTimeOffset? ExpiresOn { get; private set; }

    /// <summary>When it was revoked.</summary>
    public DateTimeOffset? RevokedOn { get; private set; }

    /// <summary>When it last authenticated a request (to the minute).</summary>
    public DateTimeOffset? LastUsedOn { get; private set; }

    /// <summary>Whether it authenticates at <paramref name="now"/> (the provider must be active too).</summary>
    public bool IsActive(DateTimeOffset now) => RevokedOn is null && (ExpiresOn is null || ExpiresOn > now);

    internal void Revoke(DateTimeOffset now) => RevokedOn ??= now;
}
