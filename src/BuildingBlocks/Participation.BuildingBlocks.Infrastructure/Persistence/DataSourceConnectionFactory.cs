using Hangfire.PostgreSql;
using Npgsql;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Hangfire takes its connections from the modules' data source, so one pool size bounds the whole instance.</summary>
internal sealed class DataSourceConnectionFactory(NpgsqlDataSource dataSource) : IConnectionFactory
{
    public NpgsqlConnection GetOrCreateConnection() => dataSource.CreateConnection();
}
