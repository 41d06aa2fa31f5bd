using System.Net;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class ComplaintsSwitchedOffFixture : ApiFixture
{
    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?> { ["Modules:Complaints:Enabled"] = "false" });
}

public sealed class ModuleSwitchTests(ComplaintsSwitchedOffFixture api) : IClassFixture<ComplaintsSwitchedOffFixture>
{
    [Fact]
    public async Task A_module_switched_off_has_no_routes_and_the_rest_still_serves()
    {
        var client = api.Factory.Client(Roles.Administrator);

        await (await client.GetAsync(new Uri("/api/v1/complaints", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/reference-data/audiences", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
    }
}
