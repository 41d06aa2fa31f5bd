using Npgsql;
using Participation.BuildingBlocks.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class DataSourceTests
{
    [Fact]
    public void Repeated_statements_are_prepared_unless_the_connection_string_says_otherwise()
    {
        using var defaulted = PlatformServiceCollectionExtensions.DataSource("Host=localhost;Database=participation");
        using var explicitlyOff = PlatformServiceCollectionExtensions.DataSource("Host=localhost;Database=participation;Max Auto Prepare=0");

        Assert.Equal(64, new NpgsqlConnectionStringBuilder(defaulted.ConnectionString).MaxAutoPrepare);
        Assert.Equal(0, new NpgsqlConnectionStringBuilder(explicitlyOff.ConnectionString).MaxAutoPrepare);
    }

    [Fact]
    public void One_setting_bounds_the_pool_unless_the_connection_string_sets_it()
    {
        using var configured = PlatformServiceCollectionExtensions.DataSource("Host=localhost;Database=participation", maxPoolSize: 12);
        using var explicitlySet = PlatformServiceCollectionExtensions.DataSource("Host=localhost;Database=participation;Maximum Pool Size=7", maxPoolSize: 12);

        Assert.Equal(12, new NpgsqlConnectionStringBuilder(configured.ConnectionString).MaxPoolSize);
        Assert.Equal(7, new NpgsqlConnectionStringBuilder(explicitlySet.ConnectionString).MaxPoolSize);
    }
}
