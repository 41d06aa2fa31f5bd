namespace Participation.ArchitectureTests;

public sealed class SolutionShapeTests
{
    [Theory]
    [MemberData(nameof(Solution.ModuleLayers), MemberType = typeof(Solution))]
    public void Every_module_has_each_of_its_layers(string module, string layer) =>
        Assert.NotEmpty(Solution.Module(module, layer).GetTypes());

    [Fact]
    public void Every_building_block_is_present() =>
        Assert.All(Solution.BuildingBlocks, layer => Assert.NotEmpty(Solution.BuildingBlock(layer).GetTypes()));

    [Fact]
    public void The_host_composes_every_module_it_is_expected_to_have()
    {
        var composed = Solution.Host.GetReferencedAssemblies().Select(reference => reference.Name).ToHashSet();

        Assert.All(Solution.Modules.Keys, module => Assert.Contains($"Participation.Modules.{module}.Infrastructure", composed));
        Assert.All(Solution.ReadModels.Keys, module => Assert.Contains($"Participation.Modules.{module}", composed));
    }

    [Theory]
    [MemberData(nameof(Solution.ReadModelNames), MemberType = typeof(Solution))]
    public void Every_read_model_is_one_assembly(string module) =>
        Assert.NotEmpty(Solution.ReadModel(module).GetTypes());
}
