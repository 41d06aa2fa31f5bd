using System.Net;
using System.Net.Http.Json;
using System.Text;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>Input that reached PostgreSQL or the calendar and came back as a 500; each is now a 4xx naming what was wrong.</summary>
public sealed class HostileInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Nul = "\u0000";

    [Fact]
    public async Task A_nul_character_in_a_partner_item_is_a_400_naming_the_field()
    {
        var partner = await PartnerAsync("Nul sender");

        var response = await partner.PostAsJsonAsync("/api/v1/partner/feedback", Item($"nul{Nul}id", comment: "fine"));
        await response.ShouldBeValidationProblemFor("externalId");

        var inComment = await partner.PostAsJsonAsync("/api/v1/partner/feedback/batch", new { items = new[] { Item("ok-1"), Item("ok-2", comment: $"bad{Nul}") } });
        await inComment.ShouldBeValidationProblemFor("items[1].comment");
    }

    [Fact]
    public async Task An_unpaired_surrogate_in_a_body_is_a_400_naming_the_field()
    {
        using var body = new StringContent("""{"code":"lone-surrogate","name":"Half \ud800 a character"}""", Encoding.UTF8, "application/json");

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/api/v1/reference-data/service-areas", UriKind.Relative), body);

        await response.ShouldBeValidationProblemFor("name");
    }

    [Fact]
    public async Task A_nul_character_in_a_query_parameter_or_a_cursor_is_a_400_naming_it()
    {
        var client = api.Factory.Client(Roles.ComplaintsOfficer);

        await (await client.GetAsync(new Uri("/api/v1/complaints?serviceArea=cam%00hs", UriKind.Relative))).ShouldBeValidationProblemFor("serviceArea");
        var cursor = Paging.EncodeCursor(Nul);
        await (await client.GetAsync(new Uri($"/api/v1/reference-data/service-areas?cursor={cursor}", UriKind.Relative))).ShouldBeValidationProblemFor("cursor");
    }

    [Fact]
    public async Task Bad_and_good_requests_interleaved_concurrently_leave_every_good_one_served()
    {
        var partner = await PartnerAsync("Interleaved sender");

        var answers = await Task.WhenAll(Enumerable.Range(0, 60).Select(async index =>
        {
            var bad = index % 2 == 0;
            var response = await partner.PostAsJsonAsync("/api/v1/partner/feedback", Item(bad ? $"bad-{index}{Nul}" : $"good-{index}"));
            return (bad, response.StatusCode);
        }));

        Assert.All(answers.Where(answer => answer.bad), answer => Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode));
        Assert.All(answers.Where(answer => !answer.bad), answer => Assert.Equal(HttpStatusCode.Created, answer.StatusCode));
    }

    [Fact]
    public async Task A_null_item_in_a_batch_is_a_400_naming_it()
    {
        var partner = await PartnerAsync("Null sender");
        partner.DefaultRequestHeaders.Add("Idempotency-Key", "null-item");
        using var body = new StringContent("""{"items":[null]}""", Encoding.UTF8, "application/json");

        var response = await partner.PostAsync(new Uri("/api/v1/partner/feedback/batch", UriKind.Relative), body);

        await response.ShouldBeValidationProblemFor("items[0]");
    }

    [Fact]
    public async Task An_audit_query_with_a_non_utc_offset_is_answered()
    {
        var response = await api.Factory.Client(Roles.Administrator).GetAsync(new Uri("/api/v1/audit-events?from=2024-01-01T00:00:00%2B01:00", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null, "receivedOn")]
    [InlineData("1999-12-31", "receivedOn")]
    public async Task A_complaint_received_on_no_date_or_before_the_calendar_is_a_400(string? receivedOn, string field)
    {
        var response = await api.Factory.Client(Roles.ComplaintsOfficer).PostAsJsonAsync("/api/v1/complaints", new
        {
            receivedOn,
            channel = "email",
            complainantKind = "parent",
            onBehalfOfChild = false,
            serviceArea = "fostering",
            category = "Communication",
            summary = "Summary",
            points = new[] { "Point" },
        });

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task The_job_dashboards_stats_answer_an_administrator()
    {
        using var body = new StringContent(string.Empty);

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/jobs/stats", UriKind.Relative), body);

        Assert.True(response.StatusCode < HttpStatusCode.InternalServerError, $"got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task A_staff_body_over_the_default_write_limit_is_a_413()
    {
        using var body = new StringContent($$"""{"code":"huge","name":"{{new string('x', 300 * 1024)}}"}""", Encoding.UTF8, "application/json");

        var response = await api.Factory.Client(Roles.Administrator).PostAsync(new Uri("/api/v1/reference-data/service-areas", UriKind.Relative), body);

        await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge);
    }

    private static object Item(string externalId, string? comment = "Fine") => new
    {
        externalId,
        receivedOn = "2026-11-20",
        audience = "parent",
        cohorts = Array.Empty<string>(),
        serviceArea = "camhs",
        channel = "app",
        comment,
    };

    private async Task<HttpClient> PartnerAsync(string name) =>
        api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider(name))).Key);
}
