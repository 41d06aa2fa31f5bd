using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.Modules.CommissionedServices.Application.ApiKeys;
using Participation.Modules.CommissionedServices.Infrastructure.Persistence;

namespace Participation.Modules.CommissionedServices.Infrastructure.Security;

/// <summary>
/// Partner keys are the providers' API keys: found by prefix, the secret's hash compared in constant time. Revoked and
/// expired keys, and every key of a deactivated provider, fail. The last-used time is written at most once a minute
/// per key.
/// </summary>
internal sealed class PartnerKeyStore(CommissionedServicesDbContext context, TimeProvider time) : IPartnerKeyStore
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public async Task<PartnerKey?> AuthenticateAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (!ApiKeySecrets.TryParse(presentedKey, out var prefix, out var secret))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var key = await context.Providers.AsNoTracking()
            .SelectMany(provider => provider.ApiKeys.Where(candidate => candidate.Prefix == prefix), (provider, candidate) => new
            {
                ProviderId = provider.Id,
                provider.DeactivatedOn,
                candidate.Id,
                candidate.SecretHash,
                candidate.Scopes,
                candidate.ExpiresOn,
                candidate.RevokedOn,
                candidate.LastUsedOn,
            })
            .SingleOrDefaultAsync(cancellationToken);

        if (key is null || !ApiKeySecrets.Matches(secret, key.SecretHash) || key.DeactivatedOn is not null
            || key.RevokedOn is not null || key.ExpiresOn <= now)
        {
            return null;
        }

        if (key.LastUsedOn is null || now - key.LastUsedOn >= LastUsedResolution)
        {
            await context.Database.ExecuteSqlAsync(
                $"UPDATE commissioned_services.api_keys SET last_used_on = {now} WHERE id = {key.Id.Value}",
                cancellationToken);
        }

        return new PartnerKey(key.ProviderId.Value, prefix, key.Scopes);
    }
}
