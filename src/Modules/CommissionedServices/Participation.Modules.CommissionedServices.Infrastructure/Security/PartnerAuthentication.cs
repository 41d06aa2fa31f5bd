using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Participation.Modules.CommissionedServices.Application.ApiKeys;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Infrastructure.Persistence;

namespace Participation.Modules.CommissionedServices.Infrastructure.Security;

/// <summary>Partner systems authenticate with <c>X-Api-Key</c>; the principal carries the provider id and the key's scopes.</summary>
public static class PartnerAuthentication
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The request header.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The claim holding the provider's id.</summary>
    public const string ProviderClaim = "provider_id";

    /// <summary>The claim holding each scope.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>Policy: any valid partner key.</summary>
    public const string AnyPartner = "partner";

    /// <summary>Policy: a partner key with <c>feedback:write</c>.</summary>
    public const string FeedbackWrite = "partner-feedback-write";

    /// <summary>Policy: a partner key with <c>feedback:read</c>.</summary>
    public const string FeedbackRead = "partner-feedback-read";

    internal static AuthorizationBuilder AddPartnerPolicies(this AuthorizationBuilder authorization) =>
        authorization
            .AddPolicy(AnyPartner, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(ProviderClaim))
            .AddPolicy(FeedbackWrite, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(ScopeClaim, ApiKeyScopes.FeedbackWrite))
            .AddPolicy(FeedbackRead, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(ScopeClaim, ApiKeyScopes.FeedbackRead));

    /// <summary>The provider a partner principal speaks for.</summary>
    public static Guid ProviderId(this ClaimsPrincipal partner) =>
        Guid.Parse(partner?.FindFirstValue(ProviderClaim) ?? throw new InvalidOperationException("Not a partner principal."), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// Finds the key by its prefix and compares the secret's hash in constant time. Revoked and expired keys, and every
/// key of a deactivated provider, fail. The last-used time is written at most once a minute per key.
/// </summary>
internal sealed class PartnerApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CommissionedServicesDbContext context,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PartnerAuthentication.Header, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        if (!ApiKeySecrets.TryParse(presented.ToString(), out var prefix, out var secret))
        {
            return AuthenticateResult.Fail("The API key is not valid.");
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
            .SingleOrDefaultAsync(Context.RequestAborted);

        if (key is null || !ApiKeySecrets.Matches(secret, key.SecretHash) || key.DeactivatedOn is not null
            || key.RevokedOn is not null || key.ExpiresOn <= now)
        {
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        if (key.LastUsedOn is null || now - key.LastUsedOn >= LastUsedResolution)
        {
            await context.Database.ExecuteSqlAsync(
                $"UPDATE commissioned_services.api_keys SET last_used_on = {now} WHERE id = {key.Id.Value}",
                Context.RequestAborted);
        }

        Claim[] claims =
        [
            new(ClaimTypes.NameIdentifier, $"provider:{key.ProviderId.Value}/key:{prefix}"),
            new(PartnerAuthentication.ProviderClaim, key.ProviderId.Value.ToString()),
            .. key.Scopes.Select(scope => new Claim(PartnerAuthentication.ScopeClaim, scope)),
        ];
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name)), Scheme.Name));
    }
}
