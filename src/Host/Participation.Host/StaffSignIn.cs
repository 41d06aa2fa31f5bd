using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Caching.Memory;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.Host;

/// <summary>
/// How staff prove who they are. Programs send a bearer token from the council's identity provider; people sign in
/// with a browser (OpenID Connect, authorization code with PKCE) and get a session cookie that opens the jobs
/// dashboard and lets Swagger UI call the API. In Development without an identity provider, <c>/signin</c> is a page
/// that lets a newcomer pick a role.
/// </summary>
internal static class StaffSignIn
{
    public const string CookieName = "participation-session";
    private const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    private const string SignInPath = "/signin";
    private const string SignOutPath = "/signout";

    /// <summary>Validated bearer tokens kept at once: far more than the council's staff and programs hold.</summary>
    private const int RememberedTokens = 10_000;

    /// <summary>
    /// A request with <c>Authorization: Bearer</c> is a program's; any other is a person's, by cookie. The jobs
    /// dashboard, a page, sends a person who is not signed in to sign in; everything else answers 401.
    /// </summary>
    public static void AddStaffAuthentication(this WebApplicationBuilder builder)
    {
        var oidc = builder.Configuration.GetSection("Authentication:Oidc");
        builder.Services.AddSingleton<IAuthenticationSchemeProvider, RememberedAuthenticationSchemes>();

        // The bearer scheme is the default and hands a person's request to the cookie scheme itself, so a program's
        // request is authenticated by one handler rather than through a policy scheme in front of it.
        var authentication = builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(bearer => bearer.ForwardDefaultSelector = PersonsScheme)
            .AddCookie(cookie =>
            {
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                // Lax: a cross-site form post never carries the session, and the API reads only JSON bodies, so a
                // page elsewhere cannot act as the signed-in person.
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPath;
                cookie.Events.OnRedirectToLogin = SignInOrRefuse;
                cookie.Events.OnRedirectToAccessDenied = context =>
                {
                    context.Response.StatusCode = StatusCodes.Status403Forbidden;
                    return Task.CompletedTask;
                };
            });
        // ASP.NET Core hands the configured signing keys (Authentication:Schemes:Bearer:SigningKeys) to token validation
        // as a lazy sequence that reads configuration and builds a new key object each time it is enumerated, once per
        // request, which also defeated the key's cached HMAC. Read them once, and remember the tokens that pass and the
        // headers that carry tokens. Nothing reads the token back from the authentication properties, so it is not copied
        // there on every request.
        builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, bearer =>
        {
            bearer.SaveToken = false;
            bearer.TokenValidationParameters.IssuerSigningKeys = bearer.TokenValidationParameters.IssuerSigningKeys?.ToArray();
            bearer.Events.OnMessageReceived = new BearerHeaderTokens(new MemoryCache(new MemoryCacheOptions { SizeLimit = RememberedTokens })).OnMessageReceived;
            var validated = new MemoryCache(new MemoryCacheOptions { SizeLimit = RememberedTokens });
            var handlers = bearer.TokenHandlers.ToArray();
            bearer.TokenHandlers.Clear();
            foreach (var handler in handlers)
            {
                bearer.TokenHandlers.Add(new ValidatedBearerTokens(handler, validated, TimeProvider.System));
            }
        });
        if (oidc.Exists())
        {
            authentication.AddOpenIdConnect(OidcScheme, options =>
            {
                oidc.Bind(options);
                options.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.ResponseType = "code";
                options.UsePkce = true;
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = oidc["RoleClaimType"] ?? "roles";
            });
        }
    }

    /// <summary>
    /// A request without a bearer token that sends cookies, or asks for the jobs dashboard (whose sign-in redirect is
    /// the cookie scheme's), is a person's: the cookie scheme answers it. Any other is left to the bearer scheme, which
    /// finds no token and refuses as the cookie scheme would (401 with <c>WWW-Authenticate: Bearer</c>, 403), so a
    /// partner's or an anonymous call does not build a cookie handler to look for a cookie it did not send.
    /// </summary>
    private static string? PersonsScheme(HttpContext context) =>
        !BearerHeaderTokens.Carries(context.Request)
        && (context.Request.Headers.Cookie.Count > 0 || context.Request.Path.StartsWithSegments(JobsDashboard.Path))
            ? CookieAuthenticationDefaults.AuthenticationScheme
            : null;

    private static Task SignInOrRefuse(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.Request.Path.StartsWithSegments(JobsDashboard.Path))
        {
            context.Response.Redirect(context.RedirectUri);
        }
        else
        {
            // A program that sent no bearer token is told to send one (RFC 9110, section 11.6.1: a 401 names a challenge).
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            context.Response.Headers.WWWAuthenticate = JwtBearerDefaults.AuthenticationScheme;
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// <c>/signin</c> and <c>/signout</c>: with an identity provider configured, sign-in is its code flow; otherwise, in
    /// Development only, a page to pick a role. Elsewhere without one, people cannot sign in (programs still can).
    /// </summary>
    public static void MapStaffSignIn(this WebApplication app)
    {
        var identityProvider = app.Configuration.GetSection("Authentication:Oidc").Exists();
        if (identityProvider)
        {
            app.MapGet(SignInPath, (string? returnUrl) => Results.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OidcScheme]))
                .AllowAnonymous().ExcludeFromDescription();
        }
        else if (app.Environment.IsDevelopment())
        {
            app.MapGet(SignInPath, (string? returnUrl, HttpContext context, IAntiforgery antiforgery) =>
                    Results.Content(DevelopmentSignInPage(LocalOnly(returnUrl), antiforgery.GetAndStoreTokens(context)), "text/html; charset=utf-8"))
                .AllowAnonymous().ExcludeFromDescription();
            app.MapPost(SignInPath, async ([FromForm] string role, [FromForm] string? returnUrl, HttpContext context) =>
                {
                    if (!Roles.All.Contains(role, StringComparer.Ordinal))
                    {
                        return Results.BadRequest();
                    }

                    var identity = new ClaimsIdentity(
                        [new Claim(ClaimTypes.NameIdentifier, $"development-{role.ToLowerInvariant()}"), new Claim(ClaimTypes.Name, $"Development {role}"), new Claim(ClaimTypes.Role, role)],
                        CookieAuthenticationDefaults.AuthenticationScheme);
                    await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                    return Results.LocalRedirect(LocalOnly(returnUrl));
                })
                .AllowAnonymous().ExcludeFromDescription();
        }

        app.MapGet(SignOutPath, async (HttpContext context) =>
            {
                await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                return Results.LocalRedirect("/");
            })
            .AllowAnonymous().ExcludeFromDescription();
    }

    /// <summary>
    /// Only a path on this host: an open redirect would let a link to us send a signed-in person anywhere. Browsers drop
    /// tabs and line breaks from a URL, so "/\t/evil.example" would become "//evil.example": no control character passes.
    /// </summary>
    internal static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 1 } && returnUrl[0] == '/' && returnUrl[1] is not ('/' or '\\') && !returnUrl.Any(char.IsControl) ? returnUrl : "/jobs";

    private static string DevelopmentSignInPage(string returnUrl, AntiforgeryTokenSet tokens)
    {
        var choices = string.Concat(Roles.All.Select((role, index) =>
            $"""<label><input type="radio" name="role" value="{role}"{(index == 0 ? " checked" : "")}> {role}</label><br>"""));
        return $"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>Sign in (Development)</title></head>
            <body>
            <h1>Sign in (Development)</h1>
            <p>No identity provider is configured, so pick the role to work as. This page exists only in Development.</p>
            <form method="post" action="{SignInPath}">
            {choices}
            <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
            <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">
            <button type="submit">Sign in</button>
            </form>
            </body>
            </html>
            """;
    }
}
