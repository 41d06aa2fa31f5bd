using System.Reflection;

namespace Participation.ArchitectureTests;

/// <summary>
/// The modules and layers the solution is expected to have, listed by hand: a missing assembly fails
/// <see cref="SolutionShapeTests"/> and every rule loads its assemblies from this list, so no rule can pass by finding
/// nothing to check.
/// </summary>
internal static class Solution
{
    /// <summary>Each module and the schema its DbContext owns.</summary>
    public static IReadOnlyDictionary<string, string> Modules { get; } = new Dictionary<string, string>
    {
        ["ReferenceData"] = "reference_data",
        ["CommissionedServices"] = "commissioned_services",
        ["Complaints"] = "complaints",
        ["Surveys"] = "surveys",
        ["Forums"] = "forums",
        ["Reviews"] = "reviews",
    };

    /// <summary>Read-model modules, which have no invariants and so one project each (ADR 11), and their schemas.</summary>
    public static IReadOnlyDictionary<string, string> ReadModels { get; } = new Dictionary<string, string>
    {
        ["Reporting"] = "reporting",
    };

    /// <summary>The schema of every module, layered or read model.</summary>
    public static IEnumerable<string> ModuleSchemas => Modules.Values.Concat(ReadModels.Values);

    /// <summary>Schemas owned by the platform modules in BuildingBlocks.Infrastructure.</summary>
    public static IReadOnlyList<string> PlatformSchemas { get; } = ["audit", "partners", "hangfire"];

    /// <summary>The four layers of a module.</summary>
    public static IReadOnlyList<string> Layers { get; } = ["Domain", "Application", "Infrastructure", "Contracts"];

    public static IReadOnlyList<string> BuildingBlocks { get; } = ["Domain", "Application", "Infrastructure"];

    public static Assembly Host => typeof(Program).Assembly;

    public static Assembly Module(string module, string layer) => Assembly.Load($"Participation.Modules.{module}.{layer}");

    /// <summary>A read-model module's one assembly.</summary>
    public static Assembly ReadModel(string module) => Assembly.Load($"Participation.Modules.{module}");

    /// <summary>The assembly that holds a module's SQL: its Infrastructure, or a read model's one assembly.</summary>
    public static Assembly SqlOf(string module) => ReadModels.ContainsKey(module) ? ReadModel(module) : Module(module, "Infrastructure");

    public static Assembly BuildingBlock(string layer) => Assembly.Load($"Participation.BuildingBlocks.{layer}");

    /// <summary>Every module's assembly of one layer.</summary>
    public static IEnumerable<Assembly> Layer(string layer) => Modules.Keys.Select(module => Module(module, layer));

    /// <summary>Every module assembly of every layer.</summary>
    public static IEnumerable<Assembly> AllModuleAssemblies =>
        Modules.Keys.SelectMany(module => Layers.Select(layer => Module(module, layer))).Concat(ReadModels.Keys.Select(ReadModel));

    public static TheoryData<string> ModuleNames() => [.. Modules.Keys];

    public static TheoryData<string> AllModuleNames() => [.. Modules.Keys, .. ReadModels.Keys];

    public static TheoryData<string> ReadModelNames() => [.. ReadModels.Keys];

    public static TheoryData<string, string> ModuleLayers()
    {
        var data = new TheoryData<string, string>();
        foreach (var module in Modules.Keys)
        {
            foreach (var layer in Layers)
            {
                data.Add(module, layer);
            }
        }

        return data;
    }

    /// <summary>The concrete types of an assembly that implement <paramref name="contract"/> (an interface, or an open generic one).</summary>
    public static IEnumerable<Type> Implementing(this Assembly assembly, Type contract) =>
        assembly.GetTypes().Where(type => type is { IsAbstract: false, IsInterface: false } && type.Implements(contract));

    public static bool Implements(this Type type, Type contract) =>
        contract.IsGenericTypeDefinition
            ? type.GetInterfaces().Any(candidate => candidate.IsGenericType && candidate.GetGenericTypeDefinition() == contract)
            : contract.IsAssignableFrom(type) && type != contract;
}
