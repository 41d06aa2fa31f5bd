using NetArchTest.Rules;

namespace Participation.ArchitectureTests;

/// <summary>The reference rules of ARCHITECTURE.md, "What may reference what".</summary>
public sealed class LayerReferenceTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Npgsql"];

    [Fact]
    public void Rule_1_domains_reference_only_the_domain_building_block()
    {
        foreach (var domain in Assemblies.Layer("Domain"))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(domain).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Application", "Participation.BuildingBlocks.Infrastructure", "FluentValidation", "Mapster"]),
                $"{domain.GetName().Name} must not reference EF Core, ASP.NET, Hangfire, Npgsql or outer layers");
        }
    }

    [Fact]
    public void Rule_2_applications_reference_no_infrastructure()
    {
        foreach (var application in Assemblies.Layer("Application"))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(application).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Infrastructure"]),
                $"{application.GetName().Name} must not reference EF Core, ASP.NET, Hangfire, Npgsql or infrastructure");
        }
    }

    [Theory]
    [MemberData(nameof(Assemblies.ModuleNames), MemberType = typeof(Assemblies))]
    public void Rule_2_and_3_a_module_reaches_another_only_through_its_contracts(string module)
    {
        var others = Assemblies.Modules.Where(other => other != module).ToList();
        if (others.Count == 0)
        {
            return;
        }

        var forbidden = others.SelectMany(other => new[] { "Domain", "Application", "Infrastructure" }.Select(layer => $"Participation.Modules.{other}.{layer}")).ToArray();
        foreach (var assembly in Assemblies.OfModule(module))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden),
                $"{assembly.GetName().Name} must reach other modules only through their Contracts");
        }
    }

    [Fact]
    public void Rule_4_contracts_reference_only_the_application_building_block()
    {
        foreach (var contracts in Assemblies.Layer("Contracts"))
        {
            var ownModule = contracts.GetName().Name!.Replace(".Contracts", string.Empty, StringComparison.Ordinal);
            ArchitectureAssert.Holds(
                Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Domain", "Participation.BuildingBlocks.Infrastructure", $"{ownModule}.Domain", $"{ownModule}.Application", $"{ownModule}.Infrastructure"]),
                $"{contracts.GetName().Name} must expose only plain records");
            ArchitectureAssert.Holds(
                Types.InAssembly(contracts).Should().BePublic().And().BeSealed(),
                $"{contracts.GetName().Name} declares public sealed records");
        }
    }

    [Fact]
    public void Rule_5_the_host_composes_modules_through_their_infrastructure_only()
    {
        var inner = Assemblies.Modules.SelectMany(module => new[] { $"Participation.Modules.{module}.Domain", $"Participation.Modules.{module}.Application" }).ToArray();

        ArchitectureAssert.Holds(
            Types.InAssembly(Assemblies.Host).That().DoNotResideInNamespace("Mediator").ShouldNot().HaveDependencyOnAny(inner),
            "the host must not use a module's Domain or Application types (the generated mediator excepted)");
    }
}
