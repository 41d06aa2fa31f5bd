using System.Text.Json.Nodes;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Domain.Partners;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>
/// Every operation the contract publishes, sent what a careless or hostile client sends, by a caller the route admits:
/// each answer is a 4xx RFC 9457 problem with a status the contract lists for that operation and, for a 400, naming
/// the field, never a 5xx. Here with made-up ids; <c>DemoDataTests</c> sweeps again over records that exist.
/// </summary>
public sealed class ContractSweepTests(UnthrottledApiFixture api) : IClassFixture<UnthrottledApiFixture>
{
    [Fact]
    public async Task Every_published_operation_refuses_malformed_input_with_a_documented_4xx_problem()
    {
        // The served document, which another test holds equal to the committed one.
        var contract = JsonNode.Parse(await api.Factory.CreateClient().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Contract sweep"), [.. PartnerScopes.All])).Key);

        var (probes, findings) = await new ContractSweep(contract, new Callers(api.Factory.Client([.. Roles.All]), partner, api.Factory.CreateClient())).RunAsync();

        Assert.True(probes > 300, $"only {probes} probes were sent: the contract was not read as expected");
        Assert.True(findings.Count == 0, $"{findings.Count} of {probes} probes were not refused as the contract says:\n{string.Join('\n', findings)}");
    }
}
