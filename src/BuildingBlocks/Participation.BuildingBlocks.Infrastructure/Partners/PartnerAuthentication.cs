using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>Partner systems authenticate with <c>X-Api-Key</c>; the principal carries the partner's id and the key's scopes.</summary>
public static class PartnerAuthentication
{
    /// <summary>The authentication scheme.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>The request header.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The <c>WWW-Authenticate</c> challenge of a 401 on a partner route.</summary>
    public const string Challenge = $"{Scheme} header=\"{Header}\"";

    /// <summary>The claim holding the partner's id.</summary>
    public const string PartnerClaim = "partner_id";

    /// <summary>The claim holding each scope.</summary>
    public const string ScopeClaim = "scope";

    /// <summary>The partner a partner principal speaks for.</summary>
    public static Guid PartnerId(this ClaimsPrincipal partner) =>
        Guid.Parse(partner?.FindFirstValue(PartnerClaim) ?? throw new InvalidOperationException("Not a partner principal."), CultureInfo.InvariantCulture);

    /// <summary>The scopes of the key a partner principal presented.</summary>
    public static IReadOnlyList<string> PartnerScopes(this ClaimsPrincipal partner) =>
        [.. (partner ?? throw new ArgumentNullException(nameof(partner))).FindAll(ScopeClaim).Select(claim => claim.Value)];

    internal static AuthenticationBuilder AddPartnerKeys(this AuthenticationBuilder authentication) =>
        authentication.AddScheme<AuthenticationSchemeOptions, PartnerKeyAuthenticationHandler>(Scheme, null);
}

/// <summary>Asks the <see cref="IPartnerKeyStore"/> about the presented key; no header means this scheme has nothing to say.</summary>
internal sealed class PartnerKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PartnerKeyCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(PartnerAuthentication.Header, out var presented))
        {
            return AuthenticateResult.NoResult();
        }

        return await cache.AuthenticateAsync(presented.ToString(), Context.RequestServices, Context.RequestAborted) is { } partner
            ? AuthenticateResult.Success(new AuthenticationTicket(partner, Scheme.Name))
            : AuthenticateResult.Fail("The API key is not valid.");
    }

    /// <summary>A 401 says how to authenticate (RFC 9110, section 11.6.1): with a key in <c>X-Api-Key</c>.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = PartnerAuthentication.Challenge;
        return base.HandleChallengeAsync(properties);
    }
}
