using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class OpenApiDocumentTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task The_committed_openapi_document_matches_what_the_host_serves()
    {
        var served = Normalise(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)));
        var committedPath = Path.Combine(RepositoryRoot(), "api-specs", "participation-v1.json");

        if (Environment.GetEnvironmentVariable("UPDATE_API_SPEC") == "1")
        {
            await File.WriteAllTextAsync(committedPath, served + "\n");
        }

        var committed = File.Exists(committedPath) ? Normalise(await File.ReadAllTextAsync(committedPath)) : "(missing)";
        Assert.True(
            committed == served,
            "api-specs/participation-v1.json differs from the served /swagger/v1/swagger.json. Regenerate it with: "
            + "UPDATE_API_SPEC=1 dotnet test tests/Participation.IntegrationTests --filter The_committed_openapi_document_matches_what_the_host_serves");
    }

    [Fact]
    public async Task Swagger_ui_is_served_beside_the_document()
    {
        var page = await api.Factory.CreateClient().GetAsync(new Uri("/swagger/index.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger-ui", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LogComplaintRequest", "/api/v1/complaints", Roles.ComplaintsOfficer)]
    [InlineData("ProviderRequest", "/api/v1/providers", Roles.Administrator)]
    [InlineData("ComplimentRequest", "/api/v1/compliments", Roles.ComplaintsOfficer)]
    public async Task A_published_request_example_is_accepted_as_it_stands(string schema, string path, string role)
    {
        var document = JsonNode.Parse(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var example = document["components"]!["schemas"]![schema]!["example"]!.ToJsonString();

        var response = await api.Factory.Client(role).PostAsync(new Uri(path, UriKind.Relative), new StringContent(example, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task The_complaint_procedures_published_examples_taken_in_order_reach_the_ombudsmans_remedy()
    {
        var schemas = JsonNode.Parse(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!["components"]!["schemas"]!;
        JsonNode Example(string schema) => schemas[schema]!["example"]!.DeepClone();
        var officer = api.Factory.Client(Roles.ComplaintsOfficer);
        var logged = await officer.PostAsync(new Uri("/api/v1/complaints", UriKind.Relative), new StringContent(Example("LogComplaintRequest").ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
        var complaint = $"/api/v1/complaints/{JsonNode.Parse(await logged.Content.ReadAsStringAsync())!["id"]}";
        // One example serves both stages' responses: stage 2's is sent after the escalation, on a later day. (The
        // acknowledgement belongs to the other procedures, whose investigation it acknowledges.)
        var stage2Response = Example("StageResponseRequest");
        stage2Response["respondedOn"] = "2027-01-20";

        (string Step, JsonNode Body)[] steps =
        [
            ("advocacy-offers", Example("AdvocacyOfferRequest")), ("themes", Example("ThemesRequest")), ("lessons", Example("LessonRequest")),
            ("lessons/1/completions", Example("ActionCompletionRequest")), ("responses", Example("StageResponseRequest")),
            ("escalations", Example("EscalationRequest")), ("extensions", Example("ExtensionRequest")), ("responses", stage2Response), ("review-panels", Example("ReviewPanelRequest")),
            ("panel-meetings", Example("PanelMeetingRequest")), ("panel-reports", Example("PanelReportRequest")),
            ("panel-responses", Example("PanelResponseRequest")), ("closures", Example("ClosureRequest")),
            ("ombudsman-referrals", Example("OmbudsmanReferralRequest")), ("ombudsman-enquiries", Example("OmbudsmanEnquiryRequest")),
            ("ombudsman-decisions", Example("OmbudsmanDecisionRequest")), ("ombudsman-remedy-completions", Example("OmbudsmanRemedyCompletionRequest")),
        ];

        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        foreach (var (step, body) in steps)
        {
            var response = await officer.PostStepAsync(complaint, step, body);
            Assert.True(response.IsSuccessStatusCode, $"{step}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Theory]
    [InlineData("FeedbackBatchRequest", "/api/v1/partner/feedback/batch", "feedback:write")]
    [InlineData("ClosureBatchRequest", "/api/v1/partner/case-closures/batch", "case-closures:write")]
    public async Task A_partners_published_batch_example_is_accepted_as_it_stands(string schema, string path, string scope)
    {
        var document = JsonNode.Parse(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var example = document["components"]!["schemas"]![schema]!["example"]!.ToJsonString();
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider($"Example sender {schema}"), scope)).Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(example, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", $"example-{schema}");

        var response = await partner.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [Fact]
    public async Task The_published_return_example_is_accepted_from_a_provider_as_it_stands()
    {
        var document = JsonNode.Parse(await api.Factory.Client().GetStringAsync(new Uri("/swagger/v1/swagger.json", UriKind.Relative)))!;
        var example = document["components"]!["schemas"]!["ReturnContent"]!["example"]!.ToJsonString();
        var provider = await api.Factory.CreateProvider("Example return sender");
        var opened = await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync($"/api/v1/providers/{provider}/returns", new { year = 2026, period = "q2" });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var returnId = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider, "returns:write")).Key);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/partner/returns/{returnId}/submissions") { Content = new StringContent(example, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", "example-return");

        var response = await partner.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Participation.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Participation.sln not found above the test binaries.");
    }
}
