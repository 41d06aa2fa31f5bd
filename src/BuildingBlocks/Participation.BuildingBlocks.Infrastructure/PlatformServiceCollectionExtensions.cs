using Participation.BuildingBlocks.Infrastructure.Mail;
using System.Data.Common;
using FluentValidation;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.BuildingBlocks.Application.Calendar;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Health;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Observability;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;

namespace Participation.BuildingBlocks.Infrastructure;

/// <summary>The shared plumbing every module stands on.</summary>
public static class PlatformServiceCollectionExtensions
{
    /// <summary>Tag of the readiness checks.</summary>
    public const string ReadyTag = "ready";

    /// <summary>Hangfire's schema.</summary>
    public const string JobSchema = "hangfire";

    /// <summary>The most connections one instance opens when <c>Database:MaxPoolSize</c> is not set.</summary>
    public const int DefaultMaxPoolSize = 30;

    /// <summary>
    /// The one data source of every module and of Hangfire, so one setting bounds what an instance asks of
    /// PostgreSQL: <c>Database:MaxPoolSize</c> connections at most (size it so that instances × pool stays below the
    /// server's <c>max_connections</c>); past that a request waits for a connection instead of being refused by the
    /// server. Unless the connection string says otherwise, statements a request repeats (key and code look-ups,
    /// idempotency records, audit rows) are prepared once per connection by Npgsql instead of being parsed and planned
    /// on every execution: about a tenth of PostgreSQL's time on the partner batch path; and connections go back to
    /// the pool without a reset.
    /// </summary>
    internal static NpgsqlDataSource DataSource(string connectionString, int maxPoolSize = DefaultMaxPoolSize)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        // Npgsql's own builder claims every keyword it knows; the plain one tells what the string actually sets.
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!given.ContainsKey("Max Auto Prepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        }

        // Nothing the application does sets session state (no SET, LISTEN, temporary tables or prepared statements of
        // its own; the one session-level advisory lock, taken at start-up, is released explicitly, and the others are
        // transaction-level), so the reset Npgsql sends when a pooled connection is next used (DISCARD/RESET ALL, seven
        // statements a request) buys nothing.
        if (!given.ContainsKey("No Reset On Close"))
        {
            builder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        if (!given.ContainsKey("Maximum Pool Size") && !given.ContainsKey("Max Pool Size"))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = maxPoolSize;
        }

        return builder.Build();
    }

    /// <summary>
    /// Registers the data source, the module registry, unit of work, outbox and inbox, the calendar, the current
    /// user and Hangfire on PostgreSQL storage; then each enabled module's own services.
    /// </summary>
    public static ModuleRegistry AddParticipationPlatform(
        this IServiceCollection services,
        IConfiguration configuration,
        DatabaseConnections connections,
        IEnumerable<IModule> enabledModules)
    {
        ArgumentNullException.ThrowIfNull(connections);
        services.AddSingleton(connections);
        ArgumentNullException.ThrowIfNull(enabledModules);
        var maxPoolSize = configuration.GetValue("Database:MaxPoolSize", DefaultMaxPoolSize);
        services.AddSingleton(_ => DataSource(connections.Application, maxPoolSize)); // a factory, so the container disposes it
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<RequestUser>();
        // Transient where the scope's state lives elsewhere: the current user is the scope's one RequestUser, and the
        // locator hands out the scope's DbContexts; a scoped registration would only add an entry to every request's
        // resolved-service table.
        services.AddTransient<ICurrentUser>(provider => provider.GetRequiredService<RequestUser>());
        services.AddTransient<IUnitOfWorkLocator, UnitOfWorkLocator>();
        services.AddScoped<IOutbox, Outbox>();
        services.AddSingleton<IntegrationEventSubscriptions>();
        services.AddSingleton(provider => new IntegrationEventSerializer(provider.GetRequiredService<IntegrationEventSubscriptions>(), provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IntegrationEventDelivery>();
        services.AddSingleton<OutboxProcessor>();
        services.AddTransient<OutboxProcessingJob>();
        services.AddOptions<MessagingOptions>()
            .Bind(configuration.GetSection(MessagingOptions.Section))
            .Validate(options => options.DeliveredKeepDays is >= 1 and <= 366, $"{MessagingOptions.Section}:DeliveredKeepDays must be between 1 and 366.")
            .ValidateOnStart();
        services.AddTransient<PurgeDeliveredMessagesJob>();
        services.AddValidatorsFromAssemblyContaining<CalendarOptions>(ServiceLifetime.Singleton, includeInternalTypes: true);
        services.AddParticipationMail(configuration);
        services.AddOptions<CalendarOptions>()
            .Bind(configuration.GetSection(CalendarOptions.Section))
            .Validate(options => CalendarRegions.TryParse(options.Region, out _), $"Calendar:Region must be one of: {CalendarRegions.Names}.")
            .ValidateOnStart();

        services.AddHangfire((provider, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseFilter(new JobTelemetryFilter())
            .UseLogProvider(new HostLogProvider(provider.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()))
            .UsePostgreSqlStorage(
                options => options.UseConnectionFactory(new DataSourceConnectionFactory(provider.GetRequiredService<NpgsqlDataSource>())),
                new PostgreSqlStorageOptions
                {
                    SchemaName = JobSchema,
                    // Installed by the owner role at start-up (ModuleComposition), not by the application role.
                    PrepareSchemaIfNecessary = false,
                    // A long job keeps its lease while it runs instead of being handed to a second worker after a fixed timeout.
                    UseSlidingInvisibilityTimeout = true,
                    // The storage never renews a lock, so a lock older than this is taken over: it must outlast the
                    // longest job that holds one (DisableConcurrentExecution), or two runs of a job could overlap.
                    DistributedLockTimeout = TimeSpan.FromHours(2),
                }));

        services.AddHealthChecks()
            .AddCheck<ModuleDatabasesHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<HangfireStorageHealthCheck>("hangfire-storage", tags: [ReadyTag])
            .AddCheck<OutboxDeliveryHealthCheck>("outbox-delivery", tags: [ReadyTag]);

        var registry = new ModuleRegistry();
        foreach (var module in enabledModules)
        {
            registry.Add(module.AddServices(services, configuration));
        }

        services.AddSingleton(registry);
        return registry;
    }
}
