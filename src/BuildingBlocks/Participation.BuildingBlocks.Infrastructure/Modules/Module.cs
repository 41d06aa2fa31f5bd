using System.Reflection;
using FluentValidation;
using Hangfire;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// The one way to declare a module: its name, schema and DbContext, the modules it depends on, then only what is its
/// own (services, endpoints, seeding, jobs). The DbContext, the validators of every assembly of the module and
/// migrating on start come with the base.
/// </summary>
/// <typeparam name="TDbContext">The module's DbContext, mapping only <paramref name="schema"/>.</typeparam>
/// <param name="name">The module's name, as in <c>Modules:{Name}:Enabled</c>.</param>
/// <param name="schema">Its PostgreSQL schema.</param>
/// <param name="dependsOn">The modules it calls at run time.</param>
public abstract class Module<TDbContext>(string name, string schema, params string[] dependsOn) : IModule
    where TDbContext : ModuleDbContext
{
    /// <inheritdoc />
    public string Name { get; } = name;

    /// <inheritdoc />
    public IReadOnlyList<string> DependsOn { get; } = dependsOn;

    /// <inheritdoc />
    public ModuleDescriptor AddServices(IServiceCollection services, IConfiguration configuration)
    {
        var assemblies = Assemblies;
        services.AddModuleDbContext<TDbContext>(schema);
        services.AddValidatorsFromAssemblies(assemblies, ServiceLifetime.Singleton, includeInternalTypes: true);
        AddModuleServices(services, configuration);
        return new ModuleDescriptor(Name, typeof(TDbContext), assemblies);
    }

    /// <inheritdoc />
    public abstract void MapEndpoints(IEndpointRouteBuilder endpoints);

    /// <inheritdoc />
    public async Task InitialiseAsync(ModuleInitialisation initialisation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(initialisation);
        var asOwner = new DbContextOptionsBuilder<TDbContext>();
        asOwner.UseModuleDatabase(initialisation.Owner, schema);
        await using (var context = (TDbContext)Activator.CreateInstance(typeof(TDbContext), asOwner.Options)!)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        if (initialisation.ApplicationRole is { } role)
        {
            await DatabaseRoles.GrantAsync(initialisation.Owner, schema, role, AppendOnlyTables, cancellationToken);
        }

        await SeedAsync(initialisation.Services, cancellationToken);
    }

    /// <inheritdoc />
    public virtual void ScheduleJobs(IRecurringJobManager jobs, RecurringJobOptions options)
    {
    }

    /// <summary>Registers the module's repositories, options, policies and jobs.</summary>
    protected abstract void AddModuleServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Tables the application may only insert into and read (an append-only log).</summary>
    protected virtual IReadOnlyCollection<string> AppendOnlyTables => [];

    /// <summary>Seeds the module's data after its migrations; idempotent.</summary>
    protected virtual Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// The assemblies whose messages, integration events and handlers are the module's: by default its Infrastructure
    /// assembly and every assembly it reaches named <c>Participation.Modules.{Name}.*</c>. A platform module that
    /// lives in a building block owns none.
    /// </summary>
    protected virtual IReadOnlyList<Assembly> Assemblies
    {
        get
        {
            var own = GetType().Assembly;
            var prefix = own.GetName().Name!.Replace(".Infrastructure", string.Empty, StringComparison.Ordinal) + ".";
            var found = new List<Assembly>();
            var pending = new Stack<Assembly>([own]);
            while (pending.TryPop(out var assembly))
            {
                if (!found.Contains(assembly))
                {
                    found.Add(assembly);
                    foreach (var reference in assembly.GetReferencedAssemblies().Where(reference => reference.Name!.StartsWith(prefix, StringComparison.Ordinal)))
                    {
                        pending.Push(Assembly.Load(reference));
                    }
                }
            }

            return found;
        }
    }
}
