using System.Net;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class ReferenceDataSwitchedOffFixture : ApiFixture
{
    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?> { ["Modules:ReferenceData:Enabled"] = "false" });
}

public sealed class ModuleSwitchTests(ReferenceDataSwitchedOffFixture api) : IClassFixture<ReferenceDataSwitchedOffFixture>
{
    [Fact]
    public async Task Given_a_module_switched_off_Then_its_routes_are_gone_and_the_rest_still_serves()
    {
        var client = api.Factory.Client(Roles.Administrator);

        await (await client.GetAsync(new Uri("/api/v1/reference-data/audiences", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/calendar/bank-holidays?year=2025", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}
