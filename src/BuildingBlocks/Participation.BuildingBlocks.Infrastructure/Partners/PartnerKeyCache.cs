using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>How long a key's answer is remembered, configured under <c>Partners</c>.</summary>
public sealed class PartnerKeyCacheOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Partners";

    /// <summary>
    /// Seconds an answer (valid or not) is kept: the longest a revoked or expired key, or a deactivated partner, still
    /// authenticates on an instance that had just seen it.
    /// </summary>
    public int KeyCacheSeconds { get; set; } = 10;
}

/// <summary>What the module that keeps partner keys tells the platform when it withdraws them.</summary>
public interface IPartnerKeyRevocations
{
    /// <summary>Forgets every remembered answer about the partner's keys on this instance, at once.</summary>
    void Revoked(Guid partnerId);
}

/// <summary>
/// Remembers each presented key's answer for a few seconds, so a partner's burst costs one look-up, not one per
/// request, and an unknown key flooding the API never reaches the database more than once per period. Entries are
/// keyed by the SHA-256 of the key, never the key itself. A valid key's principal is built once per answer and shared
/// by the requests that present it, as validated bearer tokens are: nothing changes a principal after authentication
/// (no claims transformation is registered).
/// </summary>
internal sealed class PartnerKeyCache(IOptions<PartnerKeyCacheOptions> options, TimeProvider time) : IPartnerKeyRevocations, IDisposable
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, DateTimeOffset> revokedAt = new();

    // Bounded, so a flood of made-up keys cannot grow it without limit.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    public async Task<ClaimsPrincipal?> AuthenticateAsync(string presentedKey, IServiceProvider requestServices, CancellationToken cancellationToken)
    {
        var entry = $"partner-key:{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(presentedKey)))}";
        if (cache.TryGetValue(entry, out Remembered? known) && known is not null
            && (known.Key is null || !revokedAt.TryGetValue(known.Key.PartnerId, out var revoked) || known.On > revoked))
        {
            return known.Principal;
        }

        var now = time.GetUtcNow();
        var store = requestServices.GetService<IPartnerKeyStore>();
        var answer = store is null ? null : await store.AuthenticateAsync(presentedKey, cancellationToken);
        var remembered = new Remembered(answer, answer is null ? null : Principal(answer), now);
        // Zero seconds is an operator's choice that a revocation anywhere takes effect at once: nothing is remembered.
        if (options.Value.KeyCacheSeconds > 0)
        {
            cache.Set(entry, remembered, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.KeyCacheSeconds), Size = 1 });
        }

        return remembered.Principal;
    }

    public void Revoked(Guid partnerId) => revokedAt[partnerId] = time.GetUtcNow();

    public void Dispose() => cache.Dispose();

    private static ClaimsPrincipal Principal(PartnerKey key)
    {
        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, $"partner:{key.PartnerId}/key:{key.KeyName}"),
            new(PartnerAuthentication.PartnerClaim, key.PartnerId.ToString()),
            .. key.Scopes.Select(scope => new Claim(PartnerAuthentication.ScopeClaim, scope)),
        ];
        return new ClaimsPrincipal(new ClaimsIdentity(claims, PartnerAuthentication.Scheme));
    }

    private sealed record Remembered(PartnerKey? Key, ClaimsPrincipal? Principal, DateTimeOffset On);
}
