using System.Reflection;
using System.Reflection.Emit;
using System.Text.RegularExpressions;

namespace Participation.ArchitectureTests;

/// <summary>
/// A module's DbContext maps only its own schema; raw SQL must keep to it too. Every string literal in a module's
/// Infrastructure is read from its IL and must name no other module's or platform's schema.
/// </summary>
public sealed class RawSqlTests
{
    [Theory]
    [MemberData(nameof(Solution.AllModuleNames), MemberType = typeof(Solution))]
    public void A_modules_sql_names_only_its_own_schema(string module)
    {
        var own = Solution.Modules.GetValueOrDefault(module) ?? Solution.ReadModels[module];
        var others = Solution.ModuleSchemas.Concat(Solution.PlatformSchemas).Where(schema => schema != own).ToList();
        var literals = Literals(Solution.SqlOf(module)).ToList();

        Assert.NotEmpty(literals);
        var trespassing = literals.Where(literal => others.Any(schema => Regex.IsMatch(literal, $@"\b{schema}\.[a-z_]", RegexOptions.None, TimeSpan.FromSeconds(1)))).ToList();
        Assert.True(trespassing.Count == 0, $"{module} names another module's schema in: {string.Join(" | ", trespassing)}");
    }

    [Fact]
    public void The_platforms_sql_names_no_modules_schema()
    {
        var literals = Literals(Solution.BuildingBlock("Infrastructure")).ToList();

        Assert.Contains(literals, literal => literal.Contains("partners.", StringComparison.Ordinal));
        var trespassing = literals.Where(literal => Solution.ModuleSchemas.Any(schema => Regex.IsMatch(literal, $@"\b{schema}\.[a-z_]", RegexOptions.None, TimeSpan.FromSeconds(1)))).ToList();
        Assert.True(trespassing.Count == 0, $"The platform names a module's schema in: {string.Join(" | ", trespassing)}");
    }

    /// <summary>The string literals (<c>ldstr</c> operands) of every method and constructor in the assembly.</summary>
    private static IEnumerable<string> Literals(Assembly assembly)
    {
        const BindingFlags everything = BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly;
        foreach (var type in assembly.GetTypes().Where(type => !type.Namespace?.EndsWith(".Migrations", StringComparison.Ordinal) ?? true))
        {
            foreach (var method in type.GetMethods(everything).Cast<MethodBase>().Concat(type.GetConstructors(everything)))
            {
                var il = method.GetMethodBody()?.GetILAsByteArray() ?? [];
                for (var offset = 0; offset + 4 < il.Length; offset++)
                {
                    if (il[offset] == OpCodes.Ldstr.Value && TryResolve(method.Module, BitConverter.ToInt32(il, offset + 1), out var literal))
                    {
                        yield return literal;
                    }
                }
            }
        }
    }

    /// <summary>A byte that looks like <c>ldstr</c> may be an operand of another instruction; only real string tokens resolve.</summary>
    private static bool TryResolve(Module module, int token, out string literal)
    {
        literal = string.Empty;
        if ((token >>> 24) != 0x70)
        {
            return false;
        }

        try
        {
            literal = module.ResolveString(token);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
