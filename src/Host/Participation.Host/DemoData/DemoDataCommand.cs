using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;

namespace Participation.Host.DemoData;

/// <summary>
/// <c>dotnet run --project src/Host/Participation.Host -- seed-demo</c>: starts the host on a loopback port of its own,
/// fills the database with demo data through the API, delivers the events, waits for the collations and stops.
/// Development only: the bearer tokens it mints for itself are signed with a key made for this one run, and demo data
/// has no place in any other database.
/// </summary>
internal sealed class DemoDataCommand
{
    public const string Name = "seed-demo";
    private const string Issuer = "participation-seed-demo";
    private readonly byte[] signingKey = RandomNumberGenerator.GetBytes(32);

    private DemoDataCommand(WebApplicationBuilder builder)
    {
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Authentication:Schemes:Bearer:ValidIssuers:seed-demo"] = Issuer,
            ["Authentication:Schemes:Bearer:ValidAudiences:seed-demo"] = Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:seed-demo:Issuer"] = Issuer,
            ["Authentication:Schemes:Bearer:SigningKeys:seed-demo:Value"] = Convert.ToBase64String(signingKey),
            // One caller sends a year's data at once; the limits are for many callers sharing an instance.
            ["RateLimiting:Staff:PermitsPerSecond"] = "100000",
            ["RateLimiting:Staff:Burst"] = "100000",
            ["RateLimiting:Partner:PermitsPerSecond"] = "100000",
            ["RateLimiting:Partner:Burst"] = "100000",
            // The command says what it did; each request's log line would drown it.
            ["Logging:LogLevel:Default"] = "Warning",
            // The collations are Hangfire jobs.
            ["Hangfire:Server:Enabled"] = "true",
        });
    }

    /// <summary>The command when <paramref name="args"/> ask for it and the environment is Development; else null.</summary>
    /// <exception cref="InvalidOperationException">Asked for outside Development.</exception>
    public static DemoDataCommand? From(string[] args, WebApplicationBuilder builder)
    {
        if (args is not [Name, ..])
        {
            return null;
        }

        return builder.Environment.IsDevelopment()
            ? new DemoDataCommand(builder)
            : throw new InvalidOperationException($"{Name} runs only in the Development environment, not in {builder.Environment.EnvironmentName}: demo data has no place in a real database.");
    }

    public async Task<int> RunAsync(WebApplication app)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        await app.StartAsync(stopping);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var handler = new SocketsHttpHandler();
        var seeder = new DemoSeeder(new DemoApi(handler, new Uri(address), Token), token => DeliverEventsAsync(app.Services, token), TimeProvider.System, DemoSize.Council);
        var seeded = await seeder.SeedAsync(stopping);
        Console.WriteLine(seeded is null
            ? $"Demo data is already here (provider {DemoSeeder.FirstProvider}); nothing added."
            : $"Demo data added: {seeded.Feedback} partner feedback items, {seeded.Complaints} complaints, {seeded.Compliments} compliments, {seeded.SurveyAnswers} survey answers, "
              + $"{seeded.ConfirmedThemes} voices' themes confirmed, the theme collations of {string.Join(", ", seeded.Collations ?? [])}.");

        await app.StopAsync(CancellationToken.None);
        return 0;
    }

    /// <summary>
    /// Delivers every module's outbox until nothing waits, so the read models are up to date now rather than within the
    /// minute; messages the scheduled outbox job holds at the same moment are waited for, not skipped.
    /// </summary>
    public static async Task DeliverEventsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var outbox = services.GetRequiredService<OutboxProcessor>();
        var publishers = services.GetRequiredService<ModuleRegistry>().Modules.Where(module => module.Assemblies.Count > 0).Select(module => module.Name).ToList();
        while (true)
        {
            var delivered = 0;
            var waiting = 0;
            foreach (var module in publishers)
            {
                delivered += await outbox.ProcessAsync(module, cancellationToken);
                waiting += await outbox.WaitingAsync(module, cancellationToken);
            }

            if (waiting == 0)
            {
                // Once more: an update whose record another processor was still creating failed and waits for a retry.
                foreach (var module in publishers)
                {
                    await outbox.ProcessAsync(module, cancellationToken);
                }

                return;
            }

            if (delivered == 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private string Token(string role) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Subject = new ClaimsIdentity([new Claim("sub", $"{Name}-{role}"), new Claim("role", role)]),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(signingKey), SecurityAlgorithms.HmacSha256),
        });
}
