namespace Participation.IntegrationTests.Infrastructure;

/// <summary>A fresh database and a running host for one test class.</summary>
public class ApiFixture : IAsyncLifetime
{
    private ParticipationApiFactory? _factory;

    public ParticipationApiFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public virtual async Task InitializeAsync()
    {
        var server = await PostgresServer.Instance;
        _factory = CreateFactory(await server.CreateDatabaseAsync());
        Start(_factory);
    }

    /// <summary>Starts the host now, not inside the first test: in memory unless a fixture needs a real server.</summary>
    protected virtual void Start(ParticipationApiFactory factory) => _ = factory?.Server;

    public virtual async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    protected virtual ParticipationApiFactory CreateFactory(string connectionString) => new(connectionString);
}

/// <summary>A fixture whose callers are never rate limited, for tests that send many requests as one caller.</summary>
public sealed class UnthrottledApiFixture : ApiFixture
{
    /// <summary>Rate limits no test reaches.</summary>
    public static IReadOnlyDictionary<string, string?> NoRateLimits { get; } = new Dictionary<string, string?>
    {
        ["RateLimiting:Staff:Burst"] = "100000",
        ["RateLimiting:Staff:PermitsPerSecond"] = "100000",
        ["RateLimiting:Partner:Burst"] = "100000",
        ["RateLimiting:Partner:PermitsPerSecond"] = "100000",
    };

    protected override ParticipationApiFactory CreateFactory(string connectionString) => new(connectionString, NoRateLimits);
}
