using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
namespace Participation.Modules.CommissionedServices.Application.ApiKeys;

/// <summary>A key as staff see it: never its secret.</summary>
public sealed record ApiKeyResponse(
    Guid Id,
    [property: MaxLength(ApiKeySecrets.PrefixLength)] string Prefix,
    [property: MaxLength(PartnerScopes.MaxScopes), ItemMaxLength(TextLengths.EnumCode)] IReadOnlyList<string> Scopes,
    DateTimeOffset CreatedOn,
    DateTimeOffset? ExpiresOn,
    bool Revoked,
    DateTimeOffset? RevokedOn,
    DateTimeOffset? LastUsedOn);

/// <summary>A newly issued key: <paramref name="Key"/> is shown this once and cannot be read again.</summary>
public sealed record IssuedApiKeyResponse(Guid Id, [property: MaxLength(ApiKeySecrets.KeyLength)] string Key, [property: MaxLength(ApiKeySecrets.PrefixLength)] string Prefix, [property: MaxLength(PartnerScopes.MaxScopes), ItemMaxLength(TextLengths.EnumCode)] IReadOnlyList<string> Scopes, DateTimeOffset CreatedOn, DateTimeOffset? ExpiresOn);
