using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Audit;

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

    /// <summary>
    /// Registers a module's DbContext on the shared data source, with domain events published on save and every change
    /// to an aggregate moving its version, wherever its parts are stored. Contexts are pooled: their options are built
    /// once and each request leases a context instead of building options, an
    /// internal service scope and a change tracker anew (the largest share of what a read allocated). A lease is
    /// scoped to the request and tied to that request's mediator, which publishes its domain events.
    /// EF Core's thread-safety checks run everywhere but in Production: they only detect a context used by two threads
    /// at once (a programming error the test suite would meet), and they cost two <c>AsyncLocal</c> writes, so two
    /// execution contexts, for every row a query reads (docs/adr/0016-the-read-path.md).
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : ModuleDbContext
    {
        services.AddPooledDbContextFactory<TContext>((provider, options) => options
            .UseModuleDatabase(provider.GetRequiredService<NpgsqlDataSource>(), schema)
            .EnableThreadSafetyChecks(!provider.GetRequiredService<IHostEnvironment>().IsProduction())
            .AddInterceptors(DomainEventsDispatchingInterceptor.Instance, AggregateVersionInterceptor.Instance));
        services.AddScoped(provider =>
        {
            var context = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            context.Publisher = provider.GetRequiredService<IPublisher>();
            context.WriteAudit = provider.GetRequiredService<WriteAudit>();
            return context;
        });
        return services;
    }
}
