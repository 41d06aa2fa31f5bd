using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>The real host on a real database, with the Hangfire server off (tests drive jobs directly) and a test token issuer.</summary>
public sealed class ParticipationApiFactory(string connectionString, IReadOnlyDictionary<string, string?>? settings = null) : WebApplicationFactory<Program>
{
    private const string Issuer = "participation-tests";
    private const string Audience = "participation-api";
    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>The secret triggered links are derived from, made for this test run.</summary>
    public static string TriggerLinkKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Where letters' links point in tests.</summary>
    public const string PublicBaseUrl = "https://participation.test";

    /// <summary>The number letters give in tests (Ofcom's range for drama, never a real line).</summary>
    public const string CouncilPhone = "020 7946 0999";

    public string ConnectionString { get; } = connectionString;

    /// <summary>Extra service registrations, applied after the host's own.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>A client with a bearer token holding <paramref name="roles"/>; none for an anonymous client.</summary>
    public HttpClient Client(params string[] roles)
    {
        var client = CreateClient();
        if (roles.Length > 0)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(roles));
        }

        return client;
    }

    /// <summary>A bearer token this factory's host accepts, holding <paramref name="roles"/>.</summary>
    public static string Token(params string[] roles) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Subject = new ClaimsIdentity([new Claim("sub", $"test-{string.Join('-', roles)}"), .. roles.Select(role => new Claim("role", role))]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(SigningKey), SecurityAlgorithms.HmacSha256),
        });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");

        // As in Development: a scoped service resolved from the root provider fails the test instead of living as long
        // as the host. (Not ValidateOnBuild: the generated mediator registers a switched-off module's handlers too.)
        builder.UseDefaultServiceProvider(provider => provider.ValidateScopes = true);
        builder.UseSetting("ConnectionStrings:Participation", ConnectionString);
        if (PostgresServer.OwnerOf(ConnectionString) is { } owner)
        {
            builder.UseSetting("ConnectionStrings:ParticipationOwner", owner);
        }

        builder.UseSetting("Hangfire:Server:Enabled", "false");
        builder.UseSetting("Authentication:Schemes:Bearer:ValidIssuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:ValidAudiences:0", Audience);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Issuer", Issuer);
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Value", Convert.ToBase64String(SigningKey));
        builder.UseSetting("Authentication:Schemes:Bearer:SigningKeys:0:Length", "32");
        builder.UseSetting("Surveys:TriggerLinkKey", TriggerLinkKey);
        builder.UseSetting("ClosedCases:PublicBaseUrl", PublicBaseUrl);
        builder.UseSetting("ClosedCases:CouncilPhone", CouncilPhone);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (ConfigureServices is { } configure)
        {
            builder.ConfigureServices(configure);
        }
    }
}
