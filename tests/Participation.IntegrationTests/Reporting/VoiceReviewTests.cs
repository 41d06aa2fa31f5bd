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

        // One person's words: the read, the confirmation and the queue reads are in the audit log.
        var audit = await api.Factory.Client(Roles.Administrator).GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?recordId={id}");
        // Newest first; the voice's id is the partner's item's, whose posting comes last.
        Assert.Equal(["ConfirmVoiceThemes", "GetVoice", "PostPartnerFeedback"], audit.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("operation").GetString()));
        var queueReads = await api.Factory.Client(Roles.Administrator).GetFromJsonAsync<JsonElement>("/api/v1/audit-events?operation=ListVoicesToReview");
        Assert.NotEqual(0, queueReads.GetProperty("items").GetArrayLength());
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

    [Fact]
    public async Task The_queue_pages_oldest_day_first_without_skipping_or_repeating_a_voice()
    {
        var later = await PartnerVoiceAsync("review-paged-later", "2026-11-05");
        var earlier = await PartnerVoiceAsync("review-paged-earlier", "2026-10-20");
        var sameDay = await PartnerVoiceAsync("review-paged-same-day", "2026-10-20");

        var paged = new List<Guid>();
        string? cursor = null;
        do
        {
            var page = await _officer.GetFromJsonAsync<JsonElement>($"{Voices}/to-review?pageSize=1{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(voice => voice.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(paged.Count, paged.Distinct().Count());
        Assert.Equal(await QueueAsync(), paged);
        var mine = paged.Where(new[] { later, earlier, sameDay }.Contains).ToList();
        Assert.Equal(later, mine[^1]);
        // Within a day, in PostgreSQL's order of ids: the order of their text.
        Assert.Equal(new[] { earlier, sameDay }.OrderBy(id => id.ToString(), StringComparer.Ordinal), mine.Take(2));
        await (await _officer.GetAsync($"{Voices}/to-review?cursor={Participation.BuildingBlocks.Application.Paging.Paging.EncodeCursor(earlier.ToString())}")).ShouldBeValidationProblemFor("cursor");
    }

    private async Task<Guid> PartnerVoiceAsync(string externalId, string receivedOn = "2026-11-02")
    {
        var provider = await api.Factory.CreateProvider($"Reviewed provider {externalId}", "camhs");
        var (_, key) = await api.Factory.IssueKey(provider);
        var posted = await api.Factory.PartnerClient(key).PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId, receivedOn, audience = "parent", serviceArea = "camhs", channel = "app", themes = new[] { "being-listened-to" },
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
