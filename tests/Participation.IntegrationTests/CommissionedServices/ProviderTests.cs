using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

public sealed class ProviderTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Providers = "/api/v1/providers";
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    private static object Provider(string name, string kind = "school", string start = "2025-04-01", string? end = "2026-03-31", string[]? areas = null, string email = "lead@school.example") =>
        new { name, kind, contractStart = start, contractEnd = end, contactName = "Head of year", contactEmail = email, serviceAreas = areas ?? ["schools"] };

    [Fact]
    public async Task An_administrator_records_a_provider_and_any_staff_role_can_read_it()
    {
        var created = await _admin.PostAsJsonAsync(Providers, Provider("Riverside Academy", areas: ["schools", "send"]));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var read = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>(created.Headers.Location);
        Assert.Equal("school", read.GetProperty("kind").GetString());
        Assert.Equal(["schools", "send"], read.GetProperty("serviceAreas").EnumerateArray().Select(area => area.GetString()));
        Assert.True(read.GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Only_an_administrator_records_providers()
    {
        var response = await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync(Providers, Provider("Not allowed"));

        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("unknown-kind", "2025-04-01", "lead@school.example", "kind")]
    [InlineData("school", "2025-02-30", "lead@school.example", "contractStart")]
    [InlineData("school", "2025-04-01", "not an email", "contactEmail")]
    [InlineData("school", "2025-04-01", "office manager@school.example", "contactEmail")]
    [InlineData("school", "2025-04-01", "lead@school\n.example", "contactEmail")]
    public async Task Bad_fields_are_a_400_naming_them(string kind, string start, string email, string field)
    {
        var response = await _admin.PostAsJsonAsync(Providers, Provider("Bad fields", kind, start, email: email));

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task A_service_area_that_is_not_active_is_a_400_naming_its_index()
    {
        var response = await _admin.PostAsJsonAsync(Providers, Provider("Bad area", areas: ["schools", "no-such-area"]));

        await response.ShouldBeValidationProblemFor("serviceAreas[1]");
    }

    [Fact]
    public async Task A_contract_cannot_end_before_it_starts()
    {
        var response = await _admin.PostAsJsonAsync(Providers, Provider("Backwards", start: "2026-04-01", end: "2025-03-31"));

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "commissioned-services.contract-dates");
    }

    [Fact]
    public async Task Two_providers_cannot_share_a_name()
    {
        await _admin.PostAsJsonAsync(Providers, Provider("Twin"));

        var response = await _admin.PostAsJsonAsync(Providers, Provider("Twin"));

        await response.ShouldBreakRule(HttpStatusCode.Conflict, "commissioned-services.provider-name-in-use");
    }

    [Fact]
    public async Task Updating_needs_the_current_etag_and_a_deactivated_provider_no_longer_changes()
    {
        var created = await _admin.PostAsJsonAsync(Providers, Provider("Changing"));
        var location = created.Headers.Location!;

        var update = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(Provider("Changed")) };
        update.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        var updated = await _admin.SendAsync(update);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal("Changed", (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());

        var deactivated = await _admin.PostStepAsync($"{location}", "deactivation");
        Assert.False((await deactivated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("active").GetBoolean());

        var late = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(Provider("Too late")) };
        late.Headers.TryAddWithoutValidation("If-Match", deactivated.Headers.ETag!.Tag);
        await (await _admin.SendAsync(late)).ShouldBreakRule(HttpStatusCode.Conflict, "commissioned-services.provider-deactivated");
    }

    [Fact]
    public async Task Server_set_fields_sent_in_a_body_are_refused_and_nothing_is_stored()
    {
        var response = await _admin.PostAsJsonAsync(Providers, new
        {
            id = Guid.NewGuid(),
            name = "Mass assignment", kind = "other", contractStart = "2025-04-01", contactName = "X", contactEmail = "x@example.org", serviceAreas = Array.Empty<string>(),
        });

        await response.ShouldBeValidationProblemFor("id");
        var listed = await _admin.GetFromJsonAsync<JsonElement>($"{Providers}?pageSize=500");
        Assert.DoesNotContain(listed.GetProperty("items").EnumerateArray(), provider => provider.GetProperty("name").GetString() == "Mass assignment");
    }
}
