using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.ReferenceData;

public sealed class ThemeSuggestionTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task A_partners_untagged_comment_gets_the_themes_its_words_suggest_and_a_tagged_one_keeps_its_own()
    {
        var theme = await _admin.CreateThemeAsync("suggested-moves", "Moves (suggested)");
        var read = await _admin.GetAsync($"/api/v1/reference-data/themes/{theme}/match-terms");
        var set = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reference-data/themes/{theme}/match-terms") { Content = JsonContent.Create(new { terms = new[] { "Moved", "new placement" } }) };
        set.Headers.IfMatch.Add(read.Headers.ETag!);
        var terms = await (await _admin.SendAsync(set)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["moved", "new placement"], terms.GetProperty("terms").EnumerateArray().Select(term => term.GetString()));

        var provider = await api.Factory.CreateProvider("Suggesting provider", "camhs");
        var (_, key) = await api.Factory.IssueKey(provider, "feedback:write", "feedback:read");
        var partner = api.Factory.PartnerClient(key);
        var untagged = await Post(partner, "suggest-1", "I got moved to a New Placement with no warning", themes: null);
        var tagged = await Post(partner, "suggest-2", "I got moved again", themes: ["being-listened-to"]);

        Assert.Equal(["suggested-moves"], untagged.GetProperty("suggestedThemes").EnumerateArray().Select(code => code.GetString()));
        Assert.Equal(["being-listened-to"], tagged.GetProperty("suggestedThemes").EnumerateArray().Select(code => code.GetString()));
    }

    [Fact]
    public async Task Match_terms_are_changed_by_administrators_only_and_with_if_match()
    {
        var theme = await _admin.CreateThemeAsync("suggested-guarded", "Guarded");
        var officer = api.Factory.Client(Roles.ParticipationOfficer);

        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PutAsJsonAsync($"/api/v1/reference-data/themes/{theme}/match-terms", new { terms = new[] { "x" } })).StatusCode);
        await (await _admin.PutAsJsonAsync($"/api/v1/reference-data/themes/{theme}/match-terms", new { terms = new[] { "x" } })).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
    }

    private static async Task<JsonElement> Post(HttpClient partner, string externalId, string comment, string[]? themes)
    {
        var posted = await partner.PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId, receivedOn = "2026-11-20", audience = "child-or-young-person", serviceArea = "camhs", channel = "app", comment, themes,
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return await posted.Content.ReadFromJsonAsync<JsonElement>();
    }
}
