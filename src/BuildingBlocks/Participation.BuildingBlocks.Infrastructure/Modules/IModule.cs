using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>A module as the host composes it: its services, its endpoints and its start-up work.</summary>
public interface IModule
{
    /// <summary>The module's name in configuration: <c>Modules:{Name}:Enabled</c> switches it off.</summary>
    string Name { get; }

    /// <summary>Registers the module's services and returns what the shared plumbing needs to know of it.</summary>
    ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's HTTP endpoints.</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <summary>Applies the module's migrations and seeds its reference data; safe to run on every start.</summary>
    Task InitialiseAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Adds or updates the module's recurring jobs (Europe/London time in <paramref name="options"/>); most modules have none.</summary>
    void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options)
    {
    }
}
