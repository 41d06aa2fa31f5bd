using NetArchTest.Rules;

namespace Participation.ArchitectureTests;

/// <summary>What may reference what: docs/adr/0012-module-base-and-partner-platform.md and the README's layout.</summary>
public sealed class LayerReferenceTests
{
    private static readonly string[] Frameworks = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Hangfire", "Npgsql"];

    [Fact]
    public void Domains_reference_only_the_domain_building_block()
    {
        foreach (var domain in Solution.Layer("Domain").Append(Solution.BuildingBlock("Domain")))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(domain).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Application", "Participation.BuildingBlocks.Infrastructure", "FluentValidation", "Mapster"]),
                $"{domain.GetName().Name} must not reference EF Core, ASP.NET, Hangfire, Npgsql or outer layers");
        }
    }

    [Fact]
    public void Applications_reference_no_infrastructure()
    {
        foreach (var application in Solution.Layer("Application").Append(Solution.BuildingBlock("Application")))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(application).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Infrastructure"]),
                $"{application.GetName().Name} must not reference EF Core, ASP.NET, Hangfire, Npgsql or infrastructure");
        }
    }

    [Theory]
    [MemberData(nameof(Solution.ModuleNames), MemberType = typeof(Solution))]
    public void A_module_reaches_another_only_through_its_contracts(string module)
    {
        var forbidden = ForbiddenTo(module);
        Assert.NotEmpty(forbidden);
        foreach (var layer in Solution.Layers)
        {
            var assembly = Solution.Module(module, layer);
            ArchitectureAssert.Holds(
                Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden),
                $"{assembly.GetName().Name} must reach other modules only through their Contracts");
        }
    }

    [Theory]
    [MemberData(nameof(Solution.ReadModelNames), MemberType = typeof(Solution))]
    public void A_read_model_reaches_other_modules_only_through_their_contracts(string module)
    {
        var assembly = Solution.ReadModel(module);
        ArchitectureAssert.Holds(
            Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(ForbiddenTo(module)),
            $"{assembly.GetName().Name} must reach other modules only through their Contracts");
    }

    /// <summary>Every other module's inner layers, and every other read model (which has no contracts to offer).</summary>
    private static string[] ForbiddenTo(string module) =>
    [
        .. Solution.Modules.Keys.Where(other => other != module)
            .SelectMany(other => new[] { "Domain", "Application", "Infrastructure" }.Select(layer => $"Participation.Modules.{other}.{layer}")),
        .. Solution.ReadModels.Keys.Where(other => other != module).Select(other => $"Participation.Modules.{other}"),
    ];

    /// <summary>
    /// A module that sends another's queries or commands cannot run without it, so it says so (ADR 11): the host then
    /// refuses to start with the other switched off, instead of answering 500 when the call finds no handler.
    /// </summary>
    [Theory]
    [MemberData(nameof(Solution.AllModuleNames), MemberType = typeof(Solution))]
    public void A_module_that_sends_anothers_requests_declares_it_depends_on_it(string module)
    {
        var own = Solution.Modules.ContainsKey(module) ? Solution.Layers.Select(layer => Solution.Module(module, layer)) : [Solution.ReadModel(module)];
        var declared = own.SelectMany(assembly => assembly.Implementing(typeof(Participation.BuildingBlocks.Infrastructure.Modules.IModule)))
            .Select(type => (Participation.BuildingBlocks.Infrastructure.Modules.IModule)Activator.CreateInstance(type, nonPublic: true)!)
            .Single().DependsOn;

        foreach (var other in Solution.Modules.Keys.Where(other => other != module))
        {
            var requests = Solution.Module(other, "Contracts").GetTypes().Where(type => type.Implements(typeof(Mediator.IMessage))).Select(type => type.FullName!).ToArray();
            var senders = own.SelectMany(assembly => Types.InAssembly(assembly).That().HaveDependencyOnAny(requests).GetTypes()).ToList();
            Assert.True(
                senders.Count == 0 || declared.Contains(other),
                $"{module} sends {other}'s requests ({string.Join(", ", senders.Select(type => type.Name))}) without declaring it depends on {other}");
        }
    }

    [Fact]
    public void Contracts_reference_only_the_application_building_block_and_are_public_sealed()
    {
        foreach (var contracts in Solution.Layer("Contracts"))
        {
            var ownModule = contracts.GetName().Name!.Replace(".Contracts", string.Empty, StringComparison.Ordinal);
            ArchitectureAssert.Holds(
                Types.InAssembly(contracts).ShouldNot().HaveDependencyOnAny([.. Frameworks, "Participation.BuildingBlocks.Domain", "Participation.BuildingBlocks.Infrastructure", $"{ownModule}.Domain", $"{ownModule}.Application", $"{ownModule}.Infrastructure"]),
                $"{contracts.GetName().Name} must expose only plain records");
            ArchitectureAssert.Holds(
                Types.InAssembly(contracts).That().DoNotHaveNameStartingWith("<").Should().BePublic().And().BeSealed(),
                $"{contracts.GetName().Name} declares public sealed records");
        }
    }

    [Fact]
    public void The_host_composes_modules_through_their_infrastructure_only()
    {
        var inner = Solution.Modules.Keys.SelectMany(module => new[] { $"Participation.Modules.{module}.Domain", $"Participation.Modules.{module}.Application" }).ToArray();

        ArchitectureAssert.Holds(
            Types.InAssembly(Solution.Host).That().DoNotResideInNamespace("Mediator").ShouldNot().HaveDependencyOnAny(inner),
            "the host must not use a module's Domain or Application types (the generated mediator excepted)");
    }
}
