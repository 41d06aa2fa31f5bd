using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace Participation.Host;

/// <summary>
/// Remembers a bearer token that passed validation until it expires, at most <see cref="MaxAge"/>, so a front-end
/// sending the same token all day pays for parsing, the signature and the claims once instead of on every request
/// (they were the largest share of a staff read's allocations: docs/adr/0016-the-read-path.md).
/// </summary>
/// <remarks>
/// Only successes are remembered, keyed by the whole token, so a token is never accepted that validation refused, and
/// never after its own expiry. What a cache adds is at most <see cref="MaxAge"/> during which a token signed by a key
/// the identity provider has just withdrawn is still accepted; its own lifetime (an hour at most from the council's
/// provider) already allows far more. The identity is shared by the requests that send the token, so nothing may change
/// it after validation (no claims transformation is registered; <see cref="RememberedIdentity"/> refuses to change).
/// </remarks>
internal sealed class ValidatedBearerTokens(TokenHandler validation, IMemoryCache validated, TimeProvider clock) : TokenHandler
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    // The completed task is what is remembered, so a request that sends a known token allocates nothing here.
    public override Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters) =>
        // The token's own expiry is checked here, not left to the cache's eviction.
        validated.TryGetValue(token, out Task<TokenValidationResult>? known) && known!.Result.SecurityToken.ValidTo > clock.GetUtcNow().UtcDateTime
            ? known
            : ValidateAndRememberAsync(token, validationParameters);

    private async Task<TokenValidationResult> ValidateAndRememberAsync(string token, TokenValidationParameters validationParameters)
    {
        var result = await validation.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid)
        {
            result.ClaimsIdentity = new RememberedIdentity(result.ClaimsIdentity);
            var expires = result.SecurityToken.ValidTo;
            var rememberUntil = clock.GetUtcNow().Add(MaxAge);
            if (expires != DateTime.MinValue && expires < rememberUntil.UtcDateTime)
            {
                rememberUntil = new DateTimeOffset(expires, TimeSpan.Zero);
            }

            using var entry = validated.CreateEntry(token);
            entry.Value = Task.FromResult(result);
            entry.AbsoluteExpiration = rememberUntil;
            entry.Size = 1;
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => validation.ReadToken(token);

    public override int MaximumTokenSizeInBytes
    {
        get => validation.MaximumTokenSizeInBytes;
        set => validation.MaximumTokenSizeInBytes = value;
    }
}
