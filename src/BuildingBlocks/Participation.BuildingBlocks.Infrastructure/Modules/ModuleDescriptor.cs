using System.Reflection;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Modules;

/// <summary>What the shared plumbing needs to know of a module: its DbContext and the assemblies it owns.</summary>
/// <param name="Name">The module's name, as in configuration (<c>Modules:{Name}:Enabled</c>).</param>
/// <param name="DbContextType">The module's <see cref="ModuleDbContext"/>.</param>
/// <param name="Assemblies">Its Application, Contracts and Infrastructure assemblies: a message, an integration event or a handler declared in one of them belongs to the module.</param>
public sealed record ModuleDescriptor(string Name, Type DbContextType, IReadOnlyList<Assembly> Assemblies);

/// <summary>The modules switched on in this process.</summary>
public sealed class ModuleRegistry
{
    private readonly List<ModuleDescriptor> _modules = [];
    private readonly Dictionary<Assembly, ModuleDescriptor> _byAssembly = [];

    /// <summary>Every registered module.</summary>
    public IReadOnlyList<ModuleDescriptor> Modules => _modules;

    /// <summary>Adds a module; an assembly can belong to one module only.</summary>
    public void Add(ModuleDescriptor module)
    {
        ArgumentNullException.ThrowIfNull(module);
        if (!typeof(ModuleDbContext).IsAssignableFrom(module.DbContextType))
        {
            throw new ArgumentException($"{module.DbContextType.Name} is not a {nameof(ModuleDbContext)}.", nameof(module));
        }

        foreach (var assembly in module.Assemblies)
        {
            if (!_byAssembly.TryAdd(assembly, module))
            {
                throw new InvalidOperationException($"{assembly.GetName().Name} already belongs to module {_byAssembly[assembly].Name}.");
            }
        }

        _modules.Add(module);
    }

    /// <summary>The module that declares <paramref name="type"/>.</summary>
    public ModuleDescriptor Owning(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _byAssembly.TryGetValue(type.Assembly, out var module)
            ? module
            : throw new InvalidOperationException($"{type.FullName} is not declared by any enabled module.");
    }

    /// <summary>Whether an enabled module declares <paramref name="type"/>.</summary>
    public bool IsOwned(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return _byAssembly.ContainsKey(type.Assembly);
    }

    /// <summary>The module with that name.</summary>
    public ModuleDescriptor Named(string name) =>
        _modules.SingleOrDefault(module => module.Name == name)
        ?? throw new InvalidOperationException($"No enabled module is named '{name}'.");
}
