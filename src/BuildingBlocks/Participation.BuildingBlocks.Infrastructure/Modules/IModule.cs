using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>What a module's start-up work is given.</summary>
/// <param name="Services">The host's services (the application role's DbContexts, for seeding).</param>
/// <param name="Owner">The owner role's data source, for migrations and grants.</param>
/// <param name="ApplicationRole">The role to grant rows to; null when the application and the owner are one role.</param>
public sealed record ModuleInitialisation(IServiceProvider Services, Npgsql.NpgsqlDataSource Owner, string? ApplicationRole);

/// <summary>A module as the host composes it: its services, its endpoints, its start-up work and its jobs. Derive from <see cref="Module{TDbContext}"/>.</summary>
public interface IModule
{
    /// <summary>The module's name in configuration: <c>Modules:{Name}:Enabled</c> switches it off.</summary>
    string Name { get; }

    /// <summary>The modules this one calls at run time; the host refuses to start with one of them switched off.</summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>Registers the module's services and returns what the shared plumbing needs to know of it.</summary>
    ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's HTTP endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Applies the module's migrations as the owner, grants the application role its rows, and seeds the module's data; safe to run on every start, one instance at a time.</summary>
    Task InitialiseAsync(ModuleInitialisation initialisation, CancellationToken cancellationToken);

    /// <summary>Adds or updates the module's recurring jobs (Europe/London time in <paramref name="options"/>).</summary>
    void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options);
}
