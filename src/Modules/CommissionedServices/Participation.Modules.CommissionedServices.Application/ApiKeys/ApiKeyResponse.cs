namespace Participation.Modules.CommissionedServices.Application.ApiKeys;

/// <summary>A key as staff see it: never its secret.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    string Prefix,
    IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedOn,
    DateTimeOffset? ExpiresOn,
    bool Revoked,
    DateTimeOffset? RevokedOn,
    DateTimeOffset? LastUsedOn);

/// <summary>A newly issued key: <paramref name="Key"/> is shown this once and cannot be read again.</summary>
public sealed record IssuedApiKeyResponse(Guid Id, string Key, string Prefix, IReadOnlyList<string> Scopes, DateTimeOffset CreatedOn, DateTimeOffset? ExpiresOn);
