using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>How every module's DbContext is configured, at run time and for the EF Core tools alike.</summary>
public static class ModuleDbContextOptions
{
    /// <summary>The migrations history table, kept in each module's own schema.</summary>
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>Npgsql with the module's migrations history table, and snake_case names.</summary>
    public static DbContextOptionsBuilder UseModuleDatabase(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options
            .UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>Registers a module's DbContext on the shared data source, with domain events published on save.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddDbContext<TContext>((provider, options) => options
            .UseModuleDatabase(provider.GetRequiredService<NpgsqlDataSource>(), schema)
            .AddInterceptors(provider.GetRequiredService<DomainEventsDispatchingInterceptor>()));
        return services;
    }
}
