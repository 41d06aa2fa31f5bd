using Participation.BuildingBlocks.Domain;
using Participation.Modules.CommissionedServices.Domain.Rules;

namespace Participation.Modules.CommissionedServices.Domain.Providers;

/// <summary>
/// An organisation the council commissions, which must run and evidence its own user-voice work and whose systems
/// post feedback over HTTP (docs/domain/participation-models.md#principles-of-involvement). Deactivated, never deleted: what it sent stays attributable.
/// </summary>
public sealed class Provider : AggregateRoot<ProviderId>
{
    private readonly List<ApiKey> _apiKeys = [];

    private Provider()
    {
    }

    /// <summary>The organisation's name.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>What kind of organisation it is.</summary>
    public ProviderKind Kind { get; private set; }

    /// <summary>The first day of the contract.</summary>
    public DateOnly ContractStart { get; private set; }

    /// <summary>The last day of the contract, if it has one.</summary>
    public DateOnly? ContractEnd { get; private set; }

    /// <summary>The contact for participation returns.</summary>
    public string ContactName { get; private set; } = null!;

    /// <summary>The contact's email.</summary>
    public string ContactEmail { get; private set; } = null!;

    /// <summary>Codes of the service areas the contract covers.</summary>
    public IReadOnlyList<string> ServiceAreas { get; private set; } = [];

    /// <summary>How often the contract asks for a participation return.</summary>
    public ReturnCadence ReturnsEvery { get; private set; }

    /// <summary>Whether contracts ask it for participation returns: every commissioned service, not the council's own case-management system.</summary>
    public bool MakesReturns => Kind != ProviderKind.CaseManagement;

    /// <summary>When it was deactivated; null while active.</summary>
    public DateOnly? DeactivatedOn { get; private set; }

    /// <summary>Its credentials, active or not.</summary>
    public IReadOnlyList<ApiKey> ApiKeys => _apiKeys;

    /// <summary>Records a newly commissioned provider.</summary>
    public static Provider Create(ProviderDetails details, bool nameInUse)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new ProviderNameMustBeUniqueRule(nameInUse));
        var provider = new Provider { Id = new ProviderId(Guid.CreateVersion7()) };
        provider.Apply(details);
        return provider;
    }

    /// <summary>Changes what is recorded about an active provider.</summary>
    public void Update(ProviderDetails details, bool nameInUseByAnother)
    {
        ArgumentNullException.ThrowIfNull(details);
        CheckRule(new DeactivatedProviderCannotChangeRule(DeactivatedOn is not null));
        CheckRule(new ProviderNameMustBeUniqueRule(nameInUseByAnother));
        Apply(details);
    }

    /// <summary>Ends the provider's access: from now on none of its keys authenticates.</summary>
    public void Deactivate(DateOnly today)
    {
        CheckRule(new DeactivatedProviderCannotChangeRule(DeactivatedOn is not null));
        DeactivatedOn = today;
    }

    /// <summary>Issues a credential; its secret is hashed by the caller and never stored.</summary>
    public ApiKey IssueApiKey(string prefix, byte[] secretHash, IReadOnlyList<string> scopes, DateTimeOffset? expiresOn, DateTimeOffset now)
    {
        CheckRule(new DeactivatedProviderCannotChangeRule(DeactivatedOn is not null));
        CheckRule(new AtMostTwoActiveKeysRule(_apiKeys.Count(key => key.IsActive(now))));
        CheckRule(new KeyExpiresInTheFutureRule(expiresOn, now));
        var key = new ApiKey(prefix, secretHash, [.. scopes.Distinct(StringComparer.Ordinal)], now, expiresOn);
        _apiKeys.Add(key);
        return key;
    }

    /// <summary>Revokes a key at once; revoking a revoked key changes nothing. False when the provider has no such key.</summary>
    public bool RevokeApiKey(ApiKeyId keyId, DateTimeOffset now)
    {
        var key = _apiKeys.SingleOrDefault(candidate => candidate.Id == keyId);
        key?.Revoke(now);
        return key is not null;
    }

    private void Apply(ProviderDetails details)
    {
        CheckRule(new ContractEndsAfterItStartsRule(details.ContractStart, details.ContractEnd));
        Name = details.Name;
        Kind = details.Kind;
        ContractStart = details.ContractStart;
        ContractEnd = details.ContractEnd;
        ContactName = details.ContactName;
        ContactEmail = details.ContactEmail;
        ServiceAreas = [.. details.ServiceAreas.Distinct(StringComparer.Ordinal)];
        ReturnsEvery = details.ReturnsEvery;
    }
}
