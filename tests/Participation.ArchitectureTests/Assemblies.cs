using System.Reflection;

namespace Participation.ArchitectureTests;

/// <summary>The solution's assemblies, found beside the tests (the Host reference brings every one).</summary>
internal static class Assemblies
{
    public static IReadOnlyList<Assembly> All { get; } =
        [.. Directory.GetFiles(AppContext.BaseDirectory, "Participation.*.dll")
            .Where(path => !Path.GetFileName(path).Contains("Tests", StringComparison.Ordinal))
            .Select(path => Assembly.LoadFrom(path))];

    public static Assembly Host { get; } = typeof(Program).Assembly;

    public static IEnumerable<Assembly> Layer(string layer) =>
        All.Where(assembly => assembly.GetName().Name!.EndsWith($".{layer}", StringComparison.Ordinal));

    /// <summary>Module names, e.g. ReferenceData, from <c>Participation.Modules.{Name}.*</c>.</summary>
    public static IReadOnlyList<string> Modules { get; } =
        [.. All.Select(assembly => assembly.GetName().Name!)
            .Where(name => name.StartsWith("Participation.Modules.", StringComparison.Ordinal))
            .Select(name => name.Split('.')[2])
            .Distinct()];

    public static IEnumerable<Assembly> OfModule(string module) =>
        All.Where(assembly => assembly.GetName().Name!.StartsWith($"Participation.Modules.{module}", StringComparison.Ordinal));

    public static TheoryData<string> ModuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var module in Modules)
        {
            data.Add(module);
        }

        return data;
    }
}
