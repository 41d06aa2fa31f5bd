using System.Net;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Participation.BuildingBlocks.Infrastructure.Hosting;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>People sign in with a browser: OpenID Connect in production, a role picker in Development.</summary>
public sealed class SignInTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    // Debian's Chromium: Playwright's own browser download cannot be reached here, and .ci/run installs this one.
    private const string Chromium = "/usr/bin/chromium";

    [Fact]
    public async Task A_newcomer_signs_in_on_the_development_page_and_sees_the_recurring_jobs()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Participation"] = await (await PostgresServer.Instance).CreateDatabaseAsync(),
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };
        var url = new Uri($"http://127.0.0.1:{LocalPostgresCluster.FreePort()}");
        var recurringJobs = string.Empty;
        var apiStatus = 0;

        await HostProcess.RunWhileAsync(settings, url, async _ =>
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Headless = true });
            var page = await browser.NewPageAsync();

            await page.GotoAsync(new Uri(url, "/jobs").ToString());
            await page.GetByLabel("Administrator").CheckAsync();
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in" }).ClickAsync();
            await page.WaitForURLAsync(new Uri(url, "/jobs").ToString());
            await page.GotoAsync(new Uri(url, "/jobs/recurring").ToString());
            recurringJobs = await page.InnerTextAsync("body");
            // The session opens the API too (Swagger UI's "Try it out" calls it with the cookie, no bearer token).
            apiStatus = (await page.Context.APIRequest.GetAsync(new Uri(url, "/api/v1/reference-data/audiences").ToString())).Status;
        });

        Assert.Contains("complaints:mark-overdue-stages", recurringJobs, StringComparison.Ordinal);
        Assert.Equal(200, apiStatus);
    }

    [Fact]
    public async Task In_production_sign_in_is_the_identity_providers_authorization_code_flow_with_pkce()
    {
        var logs = new CapturedLogs();
        using var factory = api.Factory.WithWebHostBuilder(host =>
        {
            host.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs));
            host.UseSetting("Authentication:Oidc:Authority", "https://login.council.example");
            host.UseSetting("Authentication:Oidc:ClientId", "participation");
            host.ConfigureServices(services => services.PostConfigure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
                // The provider's discovery document, as it would be fetched from the authority.
                options.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://login.council.example",
                    AuthorizationEndpoint = "https://login.council.example/authorize",
                    TokenEndpoint = "https://login.council.example/token",
                })));
        });
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var dashboard = await browser.GetAsync(new Uri("/jobs", UriKind.Relative));
        var signIn = await browser.GetAsync(dashboard.Headers.Location);

        Assert.True(HttpStatusCode.Redirect == signIn.StatusCode, string.Join("\n", logs.Lines));
        var authorize = signIn.Headers.Location!;
        Assert.Equal("https://login.council.example/authorize", authorize.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("participation", query["client_id"]);
    }

    [Fact]
    public async Task Outside_development_without_an_identity_provider_there_is_no_sign_in_page()
    {
        var browser = api.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(new Uri("/signin", UriKind.Relative))).StatusCode);
    }
}
