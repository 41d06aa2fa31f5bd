using NetArchTest.Rules;

namespace Participation.ArchitectureTests;

/// <summary>The conventions of ARCHITECTURE.md, "Examples to follow".</summary>
public sealed class ConventionTests
{
    [Fact]
    public void Handlers_are_internal_and_sealed()
    {
        foreach (var application in Assemblies.Layer("Application"))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(application).That().HaveNameEndingWith("Handler").Should().NotBePublic().And().BeSealed(),
                $"handlers in {application.GetName().Name} are internal sealed");
        }
    }

    [Fact]
    public void Commands_queries_and_domain_events_are_sealed()
    {
        foreach (var assembly in Assemblies.Layer("Application").Concat(Assemblies.Layer("Domain")))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(assembly).That().AreClasses().And().HaveNameMatching("(Command|Query|DomainEvent)$").Should().BeSealed(),
                $"messages in {assembly.GetName().Name} are sealed records");
        }
    }

    [Fact]
    public void Business_rules_are_internal_to_their_domain()
    {
        foreach (var domain in Assemblies.Layer("Domain").Where(assembly => assembly.GetName().Name!.StartsWith("Participation.Modules.", StringComparison.Ordinal)))
        {
            ArchitectureAssert.Holds(
                Types.InAssembly(domain).That().HaveNameEndingWith("Rule").Should().NotBePublic().And().BeSealed(),
                $"rules in {domain.GetName().Name} are internal sealed and checked by aggregates");
        }
    }
}
