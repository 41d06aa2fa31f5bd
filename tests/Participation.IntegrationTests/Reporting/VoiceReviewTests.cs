using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Reporting;

public sealed class VoiceReviewTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Voices = "/api/v1/reports/voices";
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    [Fact]
    public async Task A_participation_officer_confirms_a_partners_suggested_themes_and_the_voice_leaves_the_queue()
    {
        var id = await PartnerVoiceAsync("review-1");
        Assert.Contains(await QueueAsync(), voice => voice == id);

        var read = await _officer.GetAsync($"{Voices}/{id}");
        var stale = read.Headers.ETag!;
        var confirmed = await PutThemesAsync(id, stale, "placement-stability", "being-listened-to");

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        var voice = await confirmed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(voice.GetProperty("themesConfirmed").GetBoolean());
        Assert.Equal(["placement-stability", "being-listened-to"], voice.GetProperty("themes").EnumerateArray().Select(theme => theme.GetString()));
        Assert.DoesNotContain(await QueueAsync(), queued => queued == id);
        await (await PutThemesAsync(id, stale, "being-listened-to")).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_theme_not_in_the_taxonomy_is_a_400_naming_it()
    {
        var id = await PartnerVoiceAsync("review-2");
        var etag = (await _officer.GetAsync($"{Voices}/{id}")).Headers.ETag!;

        await (await PutThemesAsync(id, etag, "being-listened-to", "no-such-theme")).ShouldBeValidationProblemFor("themes[1]");
    }

    [Fact]
    public async Task A_complaints_themes_are_not_reviewed_here_but_in_complaints()
    {
        var logged = await api.Factory.Client(Roles.ComplaintsOfficer).PostAsJsonAsync("/api/v1/complaints", new
        {
            receivedOn = "2026-10-01", channel = "email", complainantKind = "parent", onBehalfOfChild = false,
            serviceArea = "fostering", category = "Communication", summary = "Not told", points = new[] { "Not told" },
        });
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync("Complaints", CancellationToken.None);
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM reporting.voices WHERE id = $1", id));

        Assert.Equal(HttpStatusCode.NotFound, (await _officer.GetAsync($"{Voices}/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PutThemesAsync(id, new System.Net.Http.Headers.EntityTagHeaderValue("\"1\""), "being-listened-to")).StatusCode);
        Assert.DoesNotContain(await QueueAsync(), queued => queued == id);
    }

    private async Task<Guid> PartnerVoiceAsync(string externalId)
    {
        var provider = await api.Factory.CreateProvider($"Reviewed provider {externalId}", "camhs");
        var (_, key) = await api.Factory.IssueKey(provider);
        var posted = await api.Factory.PartnerClient(key).PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId, receivedOn = "2026-11-02", audience = "parent", serviceArea = "camhs", channel = "app", themes = new[] { "being-listened-to" },
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        await api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync("CommissionedServices", CancellationToken.None);
        return (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<List<Guid>> QueueAsync() =>
        [.. (await _officer.GetFromJsonAsync<JsonElement>($"{Voices}/to-review?pageSize=500")).GetProperty("items").EnumerateArray().Select(voice => voice.GetProperty("id").GetGuid())];

    private Task<object?> Scalar(string sql, object parameter) => api.Factory.ScalarAsync(sql, parameter);

    private Task<HttpResponseMessage> PutThemesAsync(Guid id, System.Net.Http.Headers.EntityTagHeaderValue etag, params string[] themes)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Voices}/{id}/themes") { Content = JsonContent.Create(new { themes }) };
        request.Headers.IfMatch.Add(etag);
        return _officer.SendAsync(request);
    }
}
