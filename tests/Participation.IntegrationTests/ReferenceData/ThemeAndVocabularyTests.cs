using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.ReferenceData;

public sealed class ThemeAndVocabularyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Themes = "/api/v1/reference-data/themes";
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Theory]
    [InlineData("audiences", 8, "child-or-young-person")]
    [InlineData("priority-cohorts", 8, "looked-after-children")]
    [InlineData("channels", 9, "partner-system")]
    public async Task Any_staff_role_lists_the_national_vocabularies_with_their_codes(string vocabulary, int count, string aCode)
    {
        var list = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>($"/api/v1/reference-data/{vocabulary}");

        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(count, items.Count);
        Assert.Contains(items, item => item.GetProperty("code").GetString() == aCode);
    }

    [Fact]
    public async Task The_seeded_taxonomy_has_the_domain_themes_under_top_level_groups()
    {
        var all = await _admin.GetFromJsonAsync<JsonElement>($"{Themes}?pageSize=500");
        var themes = all.GetProperty("items").EnumerateArray().ToList();

        var placementStability = themes.Single(theme => theme.GetProperty("code").GetString() == "placement-stability");
        var parentId = placementStability.GetProperty("parentId").GetGuid();
        var parent = themes.Single(theme => theme.GetProperty("id").GetGuid() == parentId);
        Assert.Equal(JsonValueKind.Null, parent.GetProperty("parentId").ValueKind);
        Assert.Contains(themes, theme => theme.GetProperty("code").GetString() == "self-harm");
        Assert.Contains(themes, theme => theme.GetProperty("code").GetString() == "information-and-jargon");
    }

    [Fact]
    public async Task A_sub_theme_cannot_have_sub_themes_of_its_own()
    {
        var top = await Create(new { code = "top-theme", name = "Top" });
        var sub = await Create(new { code = "sub-theme", name = "Sub", parentId = top });

        var response = await _admin.PostAsJsonAsync(Themes, new { code = "sub-sub-theme", name = "Too deep", parentId = sub });

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "reference-data.taxonomy-depth");
    }

    [Fact]
    public async Task An_unknown_parent_is_a_400_naming_parentId()
    {
        var response = await _admin.PostAsJsonAsync(Themes, new { code = "orphan", name = "Orphan", parentId = Guid.NewGuid() });

        await response.ShouldBeValidationProblemFor("parentId");
    }

    [Fact]
    public async Task A_theme_with_active_sub_themes_is_retired_only_after_them()
    {
        var top = await Create(new { code = "retiring-group", name = "Group" });
        var sub = await Create(new { code = "retiring-member", name = "Member", parentId = top });

        var tooSoon = await _admin.PostStepAsync($"{Themes}/{top}", "retirement");
        await tooSoon.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "reference-data.theme-has-active-subthemes");

        Assert.Equal(HttpStatusCode.OK, (await _admin.PostStepAsync($"{Themes}/{sub}", "retirement")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostStepAsync($"{Themes}/{top}", "retirement")).StatusCode);

        var underRetired = await _admin.PostAsJsonAsync(Themes, new { code = "late-member", name = "Late", parentId = top });
        await underRetired.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "reference-data.parent-retired");
    }

    [Fact]
    public async Task A_theme_retired_while_a_sub_theme_of_it_is_committing_is_refused_not_left_with_an_active_sub_theme()
    {
        var top = await Create(new { code = "racing-group", name = "Group" });
        HttpResponseMessage retired;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "reference_data.themes", $"NEW.parent_id = '{top}'", key: 424_246))
        {
            var adding = _admin.PostAsJsonAsync(Themes, new { code = "racing-member", name = "Member", parentId = top });
            await commits.CommitWaitingAsync("the sub-theme's commit never reached the held lock");
            // The retirement counts no active sub-theme (the new one is not committed) and writes the theme.
            var retiring = _admin.PostStepAsync($"{Themes}/{top}", "retirement");
            await commits.SecondWaitingAsync(retiring, "the retirement never waited on the sub-theme");
            await commits.ReleaseAsync();
            Assert.Equal(HttpStatusCode.Created, (await adding).StatusCode);
            retired = await retiring;
        }

        await retired.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal(JsonValueKind.Null, (await _admin.GetFromJsonAsync<JsonElement>($"{Themes}/{top}")).GetProperty("retiredOn").ValueKind);
    }

    [Fact]
    public async Task Listing_by_parent_returns_only_its_sub_themes()
    {
        var top = await Create(new { code = "listing-group", name = "Group" });
        await Create(new { code = "listing-a", name = "A", parentId = top });
        await Create(new { code = "listing-b", name = "B", parentId = top });

        var list = await _admin.GetFromJsonAsync<JsonElement>($"{Themes}?parentId={top}");

        Assert.Equal(["listing-a", "listing-b"], list.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_group_is_paged_by_cursor_and_its_retired_sub_themes_shown_only_when_asked()
    {
        var top = await Create(new { code = "paging-group", name = "Group" });
        foreach (var code in new[] { "paging-c", "paging-a", "paging-d", "paging-b" })
        {
            await Create(new { code, name = code, parentId = top });
        }

        var retired = await Create(new { code = "paging-e", name = "Retired", parentId = top });
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostStepAsync($"{Themes}/{retired}", "retirement")).StatusCode);

        Assert.Equal(["paging-a", "paging-b", "paging-c", "paging-d"], await AllPages($"{Themes}?parentId={top}&pageSize=3"));
        Assert.Equal(["paging-a", "paging-b", "paging-c", "paging-d", "paging-e"], await AllPages($"{Themes}?parentId={top}&pageSize=2&includeRetired=true"));
    }

    private async Task<List<string?>> AllPages(string first)
    {
        var codes = new List<string?>();
        string? cursor = null;
        do
        {
            var page = await _admin.GetFromJsonAsync<JsonElement>(cursor is null ? first : $"{first}&cursor={Uri.EscapeDataString(cursor)}");
            codes.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("code").GetString()));
            cursor = page.TryGetProperty("nextCursor", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (cursor is not null);

        return codes;
    }

    private async Task<Guid> Create(object theme)
    {
        var response = await _admin.PostAsJsonAsync(Themes, theme);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}
