using System.Net;
using System.Net.Http.Json;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>Every single-resource read answers with its ETag; If-None-Match naming the current one gets 304 and no body.</summary>
public sealed class ConditionalReadTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _administrator = api.Factory.Client(Roles.Administrator);
    private readonly HttpClient _officer = api.Factory.Client(Roles.ComplaintsOfficer);

    public static TheoryData<string> Resources => ["theme", "service area", "provider", "compliment", "complaint", "partner feedback item"];

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task A_read_naming_the_current_etag_is_304_with_no_body_and_any_other_is_200(string resource)
    {
        var (client, path) = await CreateAsync(resource);
        var first = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = Assert.Single(first.Headers.GetValues("ETag"));

        var unchanged = await Conditional(client, path, etag);
        var any = await Conditional(client, path, "*");
        var other = await Conditional(client, path, "\"1\", W/\"2\"");

        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
        Assert.Equal(etag, Assert.Single(unchanged.Headers.GetValues("ETag")));
        Assert.Empty(await unchanged.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotModified, any.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    [Fact]
    public async Task A_changed_complaint_is_sent_again_and_a_304_is_not_an_audited_read()
    {
        var (_, path) = await CreateAsync("complaint");
        var etag = Assert.Single((await _officer.GetAsync(path)).Headers.GetValues("ETag"));
        Assert.Equal(HttpStatusCode.NotModified, (await Conditional(_officer, path, etag)).StatusCode);
        Assert.Equal(1, await AuditedReadsAsync(path.ToString().Split('/')[^1]));

        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(path.ToString(), "themes", new { themes = new[] { "placement-stability" } })).StatusCode);
        var changed = await Conditional(_officer, path, etag);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, Assert.Single(changed.Headers.GetValues("ETag")));
        // The first read, the step's own read of the current ETag, and the changed one; never the 304.
        Assert.Equal(3, await AuditedReadsAsync(path.ToString().Split('/')[^1]));
    }

    private static Task<HttpResponseMessage> Conditional(HttpClient client, Uri path, string ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        return client.SendAsync(request);
    }

    private async Task<(HttpClient Client, Uri Path)> CreateAsync(string resource)
    {
        switch (resource)
        {
            case "theme":
                return (_administrator, await LocationAsync(_administrator, "/api/v1/reference-data/themes", new { code = $"etag-{Guid.NewGuid():N}"[..20], name = "Conditional reads" }));
            case "service area":
                return (_administrator, await LocationAsync(_administrator, "/api/v1/reference-data/service-areas", new { code = $"etag-{Guid.NewGuid():N}"[..20], name = "Conditional reads" }));
            case "provider":
                return (_administrator, new Uri($"/api/v1/providers/{await api.Factory.CreateProvider($"Conditional {Guid.NewGuid():N}")}", UriKind.Relative));
            case "compliment":
                return (_officer, await LocationAsync(_officer, "/api/v1/compliments", new { receivedOn = "2026-11-02", audience = "parent", channel = "letter", serviceArea = "fostering", summary = "Thank you" }));
            case "complaint":
                return (_officer, await LocationAsync(_officer, "/api/v1/complaints", new
                {
                    receivedOn = "2026-11-30", channel = "telephone", complainantKind = "child-or-young-person", childCaseReference = "C-9",
                    onBehalfOfChild = false, serviceArea = "children-in-care", category = "Placement", summary = "Moved", points = new[] { "Not asked" },
                }));
            default:
                var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider($"Conditional {Guid.NewGuid():N}"))).Key);
                return (partner, await LocationAsync(partner, "/api/v1/partner/feedback", new
                {
                    externalId = "etag-1", receivedOn = "2026-11-20", audience = "parent", cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "app",
                }));
        }
    }

    private static async Task<Uri> LocationAsync(HttpClient client, string path, object body)
    {
        var created = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return new Uri(created.Headers.Location!.ToString(), UriKind.RelativeOrAbsolute);
    }

    private async Task<int> AuditedReadsAsync(string recordId)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM audit.audit_events WHERE operation = 'GetComplaint' AND record_id = $1", connection);
        command.Parameters.AddWithValue(recordId);
        return (int)(long)(await command.ExecuteScalarAsync())!;
    }
}
