using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.ReferenceData;

public sealed class ServiceAreaTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string ServiceAreas = "/api/v1/reference-data/service-areas";
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task A_new_deployment_is_seeded_with_the_service_areas_and_pages_walk_them_in_code_order()
    {
        var codes = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _admin.GetFromJsonAsync<JsonElement>($"{ServiceAreas}?pageSize=4{(cursor is null ? "" : $"&cursor={cursor}")}");
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Contains("front-door-mash", codes);
        Assert.Contains("commissioned-advocacy", codes);
        Assert.True(codes.Count >= 15);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal(codes.Distinct(), codes);
    }

    [Theory]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("cursor=%25%25not-ours", "cursor")]
    public async Task A_bad_page_request_is_a_400_naming_the_parameter(string query, string field)
    {
        var response = await _admin.GetAsync(new Uri($"{ServiceAreas}?{query}", UriKind.Relative));

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task An_administrator_adds_a_service_area_with_201_location_and_etag()
    {
        var response = await _admin.PostAsJsonAsync(ServiceAreas, new { code = "virtual-school", name = "Virtual school" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.NotNull(response.Headers.ETag);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("virtual-school", created.GetProperty("code").GetString());
        var read = await _admin.GetAsync(response.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(response.Headers.ETag, read.Headers.ETag);
    }

    [Theory]
    [InlineData("Not A Code", "Name", "code")]
    [InlineData("", "Name", "code")]
    [InlineData("ok-code", "   ", "name")]
    public async Task Invalid_input_is_a_400_naming_the_field_and_stores_nothing(string code, string name, string field)
    {
        var response = await _admin.PostAsJsonAsync(ServiceAreas, new { code, name });

        await response.ShouldBeValidationProblemFor(field);
        var all = await _admin.GetFromJsonAsync<JsonElement>($"{ServiceAreas}?pageSize=500&includeRetired=true");
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), item => item.GetProperty("code").GetString() == "ok-code");
    }

    [Fact]
    public async Task Adding_a_code_in_use_is_a_409_with_a_stable_code()
    {
        var response = await _admin.PostAsJsonAsync(ServiceAreas, new { code = "fostering", name = "Fostering again" });

        await response.ShouldBreakRule(HttpStatusCode.Conflict, "reference-data.code-in-use");
    }

    [Fact]
    public async Task An_id_sent_in_the_body_is_refused()
    {
        var response = await _admin.PostAsJsonAsync(ServiceAreas, new { id = Guid.NewGuid(), code = "mass-assignment", name = "Mass assignment" });

        await response.ShouldBeValidationProblemFor("id");
    }

    [Fact]
    public async Task Renaming_needs_the_current_etag()
    {
        var created = await _admin.PostAsJsonAsync(ServiceAreas, new { code = "renamed-area", name = "Before" });
        var location = created.Headers.Location;

        var withoutIfMatch = await _admin.PutAsJsonAsync(location, new { name = "After" });
        await withoutIfMatch.ShouldBeProblem(HttpStatusCode.PreconditionRequired);

        var renamed = await Put(location!, new { name = "After" }, created.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("After", (await renamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
        Assert.NotEqual(created.Headers.ETag, renamed.Headers.ETag);

        var stale = await Put(location!, new { name = "Lost update" }, created.Headers.ETag!.Tag);
        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("After", (await _admin.GetFromJsonAsync<JsonElement>(location)).GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_retired_service_area_leaves_the_active_list_and_cannot_change_again()
    {
        var created = await _admin.PostAsJsonAsync(ServiceAreas, new { code = "retired-area", name = "Retired" });
        var location = created.Headers.Location!;

        var retired = await _admin.PostStepAsync($"{location}", "retirement");
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.True((await retired.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("retired").GetBoolean());

        var again = await _admin.PostStepAsync($"{location}", "retirement");
        await again.ShouldBreakRule(HttpStatusCode.Conflict, "reference-data.entry-retired");

        var active = await _admin.GetFromJsonAsync<JsonElement>($"{ServiceAreas}?pageSize=500");
        Assert.DoesNotContain(active.GetProperty("items").EnumerateArray(), item => item.GetProperty("code").GetString() == "retired-area");
        var all = await _admin.GetFromJsonAsync<JsonElement>($"{ServiceAreas}?pageSize=500&includeRetired=true");
        Assert.Contains(all.GetProperty("items").EnumerateArray(), item => item.GetProperty("code").GetString() == "retired-area");
    }

    [Fact]
    public async Task An_unknown_id_is_a_404_problem()
    {
        var response = await _admin.GetAsync(new Uri($"{ServiceAreas}/{Guid.NewGuid()}", UriKind.Relative));

        await response.ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> Put(Uri location, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, location) { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return _admin.SendAsync(request);
    }
}
