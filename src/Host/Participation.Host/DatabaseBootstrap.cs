using Participation.BuildingBlocks.Infrastructure.Hosting;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.Host;

/// <summary>Which database the host uses, and the local cluster it started, if any.</summary>
/// <param name="Connections">Where the modules connect, and as whom they migrate.</param>
/// <param name="Cluster">The embedded cluster to stop when the host stops; null when the database was configured.</param>
/// <param name="Description">The one line logged at start-up.</param>
internal sealed record DatabaseChoice(DatabaseConnections Connections, LocalPostgresCluster? Cluster, string Description);

/// <summary>
/// <c>ConnectionStrings:Participation</c> when set; otherwise the embedded default, a private PostgreSQL cluster
/// under a git-ignored data folder, so <c>dotnet run</c> works on a machine with only the server binaries. Never in
/// Production (the environment of a host started with none named): a deployment that lost its connection string
/// would otherwise keep children's data in a cluster that trusts every local user, beside the application.
/// </summary>
internal static class DatabaseBootstrap
{
    private const string DatabaseName = "participation";

    public static async Task<DatabaseChoice> ResolveAsync(IConfiguration configuration, IHostEnvironment environment)
    {
        if (configuration.GetConnectionString("Participation") is { Length: > 0 } configured)
        {
            var owner = configuration.GetConnectionString("ParticipationOwner") is { Length: > 0 } ownerString ? ownerString : null;
            return new DatabaseChoice(
                new DatabaseConnections(configured, owner),
                null,
                owner is null
                    ? "Using the database configured in ConnectionStrings:Participation, which also migrates (set ConnectionStrings:ParticipationOwner to migrate as an owner role); no local PostgreSQL started."
                    : "Using the database configured in ConnectionStrings:Participation; migrations run as ConnectionStrings:ParticipationOwner; no local PostgreSQL started.");
        }

        if (environment.IsProduction())
        {
            throw new RequiredSettingException(
                "ConnectionStrings:Participation is required in Production; the embedded PostgreSQL cluster is for development and tests.");
        }

        var dataDirectory = configuration["EmbeddedPostgres:DataDirectory"] is { Length: > 0 } folder
            ? folder
            : Path.Combine(environment.ContentRootPath, ".data", "postgres");
        var port = configuration.GetValue("EmbeddedPostgres:Port", 55432);
        var cluster = await LocalPostgresCluster.StartAsync(dataDirectory, port, DatabaseName, CancellationToken.None);
        return new DatabaseChoice(
            await cluster.PrepareForApplicationAsync(DatabaseName, CancellationToken.None),
            cluster,
            $"No ConnectionStrings:Participation configured: started the embedded PostgreSQL cluster in {cluster.DataDirectory} on 127.0.0.1:{port}; it stops with the host.");
    }
}
