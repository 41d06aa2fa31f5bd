using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Hangfire.PostgreSql;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>Which modules run in this process, in what order they start, and starting them one instance at a time.</summary>
public static class ModuleComposition
{
    /// <summary>
    /// The platform modules and every module not switched off by <c>Modules:{Name}:Enabled=false</c>, each after the
    /// modules it depends on. Throws <see cref="ModuleCompositionException"/> when an enabled module depends on one that
    /// is switched off or unknown, naming both.
    /// </summary>
    public static IReadOnlyList<IModule> Enabled(IReadOnlyList<IModule> platform, IReadOnlyList<IModule> modules, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(platform);
        ArgumentNullException.ThrowIfNull(modules);
        var enabled = modules.Where(module => configuration.GetValue($"Modules:{module.Name}:Enabled", defaultValue: true)).ToList();
        foreach (var module in enabled)
        {
            foreach (var dependency in module.DependsOn.Where(dependency => enabled.TrueForAll(other => other.Name != dependency)))
            {
                throw new ModuleCompositionException(modules.Any(other => other.Name == dependency)
                    ? $"Module {module.Name} depends on module {dependency}, which is switched off: set Modules:{dependency}:Enabled=true, or switch {module.Name} off too."
                    : $"Module {module.Name} depends on module {dependency}, which this host does not have.");
            }
        }

        return [.. platform, .. InDependencyOrder(enabled)];
    }

    /// <summary>
    /// Migrates and seeds every module under one PostgreSQL advisory lock, so instances started together against one
    /// database take turns: the first applies the migrations and seeds, the others find it done.
    /// </summary>
    public static async Task InitialiseAsync(IReadOnlyList<IModule> modules, IServiceProvider services, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var connections = services.GetRequiredService<DatabaseConnections>();
        var application = services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await application.OpenConnectionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_lock({InitialisationLock})", connection))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var separateOwner = connections.Owner is { } ownerString ? NpgsqlDataSource.Create(ownerString) : null;
        var owner = separateOwner ?? application;
        try
        {
            await InstallJobStorageAsync(owner, connections.ApplicationRole, cancellationToken);
            await using var scope = services.CreateAsyncScope();
            foreach (var module in modules)
            {
                await module.InitialiseAsync(new ModuleInitialisation(scope.ServiceProvider, owner, connections.ApplicationRole), cancellationToken);
            }
        }
        finally
        {
            await using var unlock = new NpgsqlCommand($"SELECT pg_advisory_unlock({InitialisationLock})", connection);
            await unlock.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>Hangfire's schema is the owner's too; the application role only reads and writes its rows.</summary>
    private static async Task InstallJobStorageAsync(NpgsqlDataSource owner, string? applicationRole, CancellationToken cancellationToken)
    {
        await using (var connection = await owner.OpenConnectionAsync(cancellationToken))
        {
            PostgreSqlObjectsInstaller.Install(connection, PlatformServiceCollectionExtensions.JobSchema);
        }

        if (applicationRole is not null)
        {
            await DatabaseRoles.GrantAsync(owner, PlatformServiceCollectionExtensions.JobSchema, applicationRole, [], cancellationToken);
        }
    }

    /// <summary>The advisory lock key of start-up initialisation; any constant no other code uses.</summary>
    private const long InitialisationLock = 0x5041_5254_4943_4950; // "PARTICIP"

    private static List<IModule> InDependencyOrder(List<IModule> modules)
    {
        var ordered = new List<IModule>();
        var remaining = new List<IModule>(modules);
        while (remaining.Count > 0)
        {
            var ready = remaining.Where(module => module.DependsOn.All(dependency => ordered.Exists(done => done.Name == dependency))).ToList();
            if (ready.Count == 0)
            {
                throw new ModuleCompositionException($"Modules {string.Join(", ", remaining.Select(module => module.Name))} depend on each other in a cycle.");
            }

            ordered.AddRange(ready);
            remaining.RemoveAll(ready.Contains);
        }

        return ordered;
    }
}

/// <summary>The modules switched on cannot run together; the message names the modules and the setting to change.</summary>
public sealed class ModuleCompositionException(string message) : Exception(message);
