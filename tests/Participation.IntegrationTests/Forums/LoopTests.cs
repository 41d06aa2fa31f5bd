using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Forums.Infrastructure.Jobs;
using static Participation.IntegrationTests.Forums.ForumScenarios;

namespace Participation.IntegrationTests.Forums;

/// <summary>"You said, we did": an item's loop closes only when its response is reported back at a later meeting.</summary>
public sealed class LoopTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    [Fact]
    public async Task An_item_cannot_close_without_a_response_nor_at_the_meeting_it_was_raised_at_nor_at_another_forums()
    {
        var forum = await _officer.ForumAsync("Loop council");
        var other = await _officer.ForumAsync("Another council");
        var raisedAt = await _officer.MeetingAsync(forum, "2026-05-01");
        var later = await _officer.MeetingAsync(forum, "2026-06-12");
        var othersMeeting = await _officer.MeetingAsync(other, "2026-06-12");
        var item = await _officer.ItemAsync(raisedAt);
        var resource = $"{ItemsPath}/{item}";

        await (await _officer.PostStepAsync(resource, "report-back", new { meetingId = later })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.no-response");
        Assert.Equal(HttpStatusCode.OK, (await _officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/response", new { weDid = "Caseloads were cut.", outcome = "changed" })).StatusCode);
        await (await _officer.PostStepAsync(resource, "report-back", new { meetingId = raisedAt })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.report-back-at-a-later-meeting");
        await (await _officer.PostStepAsync(resource, "report-back", new { meetingId = othersMeeting })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.report-back-at-a-later-meeting");
        Assert.Equal("answered", (await _officer.GetFromJsonAsync<JsonElement>(resource)).GetProperty("status").GetString());

        var closed = await _officer.PostStepAsync(resource, "report-back", new { meetingId = later });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        var read = await closed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", read.GetProperty("status").GetString());
        Assert.Equal("2026-06-12", read.GetProperty("reportedBackOn").GetString());
        await (await _officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/response", new { weDid = "Rewritten", outcome = "changed" })).ShouldBreakRule(HttpStatusCode.Conflict, "forums.items.closed");
    }

    [Fact]
    public async Task The_loop_closure_rate_and_median_days_to_close_are_the_forums_headline()
    {
        var forum = await _officer.ForumAsync("Headline council");
        var first = await _officer.MeetingAsync(forum, "2026-04-01");
        var second = await _officer.MeetingAsync(forum, "2026-04-11");
        var third = await _officer.MeetingAsync(forum, "2026-05-01");
        var fourth = await _officer.MeetingAsync(forum, "2026-06-30");
        var items = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            items.Add(await _officer.ItemAsync(first, $"Item {i}"));
        }

        // Closed after 10, 30 and 90 days; the fourth stays open: 75% closed, median 30 days.
        await _officer.CloseLoopAsync(items[0], second);
        await _officer.CloseLoopAsync(items[1], third);
        await _officer.CloseLoopAsync(items[2], fourth);

        var loop = (await _officer.GetFromJsonAsync<JsonElement>($"{ForumsPath}/{forum}")).GetProperty("loop");
        Assert.Equal(4, loop.GetProperty("itemsRaised").GetInt32());
        Assert.Equal(3, loop.GetProperty("itemsClosed").GetInt32());
        Assert.Equal(75.0, loop.GetProperty("closureRate").GetDouble());
        Assert.Equal(30.0, loop.GetProperty("medianDaysToClose").GetDouble());
    }

    [Fact]
    public async Task The_public_board_shows_only_published_items_to_anyone_honours_if_none_match_and_names_no_member()
    {
        var forum = await _officer.ForumAsync("Board council");
        await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Zephyrine"));
        var raised = await _officer.MeetingAsync(forum, "2026-05-01");
        var later = await _officer.MeetingAsync(forum, "2026-06-01");
        var published = await _officer.ItemAsync(raised, "Zephyrine said the rules about sleepovers are unfair.");
        var closedNotPublished = await _officer.ItemAsync(raised, "Pocket money differs between homes.");
        var open = await _officer.ItemAsync(raised, "Wifi in the homes is poor.");
        await _officer.CloseLoopAsync(published, later, "Sleepover checks now take days, not weeks.");
        await _officer.CloseLoopAsync(closedNotPublished, later);
        var resource = $"{ItemsPath}/{published}";

        var naming = await _officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/publication", new { said = "zephyrine told us sleepover rules were unfair.", did = "Checks are quicker." });
        await naming.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.published-text-identifies-someone");
        var phone = await _officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/publication", new { said = "Call 07700 900123 about sleepovers.", did = "Checks are quicker." });
        await phone.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.published-text-identifies-someone");
        var notClosed = await _officer.ChangeAsync(HttpMethod.Put, $"{ItemsPath}/{open}", $"{ItemsPath}/{open}/publication", new { said = "Wifi is poor.", did = "Not yet." });
        await notClosed.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.items.publish-closed-only");
        Assert.Equal(
            HttpStatusCode.OK,
            (await _officer.ChangeAsync(HttpMethod.Put, resource, $"{resource}/publication", new { said = "Young people in care told us sleepover rules were unfair.", did = "Sleepover checks now take days, not weeks." })).StatusCode);

        var anonymous = api.Factory.CreateClient();
        var board = await anonymous.GetAsync(new Uri(BoardPath, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        var body = await board.Content.ReadAsStringAsync();
        var page = JsonDocument.Parse(body).RootElement.GetProperty("items");
        Assert.Equal([published], page.EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
        Assert.Equal("children-in-care-council-senior", page[0].GetProperty("forumKind").GetString());
        Assert.DoesNotContain("Zephyrine", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("young.example", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("public", board.Headers.CacheControl!.ToString(), StringComparison.Ordinal);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, BoardPath);
        conditional.Headers.IfNoneMatch.Add(board.Headers.ETag!);
        var notModified = await anonymous.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(board.Headers.CacheControl, notModified.Headers.CacheControl);
        Assert.Matches(Participation.BuildingBlocks.Application.Persistence.EntityTags.PagePattern, board.Headers.ETag!.ToString());

        // Withdrawn, the page changes, and so does its tag.
        Assert.Equal(HttpStatusCode.OK, (await _officer.ChangeAsync(HttpMethod.Delete, resource, $"{resource}/publication")).StatusCode);
        using var after = new HttpRequestMessage(HttpMethod.Get, BoardPath);
        after.Headers.IfNoneMatch.Add(board.Headers.ETag!);
        var changed = await anonymous.SendAsync(after);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(0, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_overdue_check_flags_an_open_action_once_however_often_it_runs()
    {
        var forum = await _officer.ForumAsync("Actions council");
        var item = await _officer.ItemAsync(await _officer.MeetingAsync(forum, "2026-05-01"));
        var resource = $"{ItemsPath}/{item}";
        Assert.Equal(HttpStatusCode.Created, (await _officer.ChangeAsync(HttpMethod.Post, resource, $"{resource}/actions", new { description = "Bring figures", owner = "Head of service", dueOn = "2026-06-01" })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await _officer.ChangeAsync(HttpMethod.Post, resource, $"{resource}/actions", new { description = "Later work", owner = "Head of service", dueOn = "2031-06-01" })).StatusCode);

        var first = await RunOverdueAsync();
        var flaggedOn = await api.Factory.ScalarAsync("SELECT actions -> 0 ->> 'overdueFlaggedOn' FROM forums.items WHERE id = $1", item);
        var second = await RunOverdueAsync();

        Assert.True(first.ItemActions >= 1);
        Assert.Equal(0, second.ItemActions);
        Assert.NotNull(flaggedOn);
        var read = await _officer.GetFromJsonAsync<JsonElement>(resource);
        Assert.Equal(flaggedOn, read.GetProperty("actions")[0].GetProperty("overdueFlaggedOn").GetString());
        Assert.Equal(JsonValueKind.Null, read.GetProperty("actions")[1].GetProperty("overdueFlaggedOn").ValueKind);
        var overdue = await _officer.GetFromJsonAsync<JsonElement>($"{ItemsPath}?forumId={forum}&overdue=true");
        Assert.Equal([item], overdue.GetProperty("items").EnumerateArray().Select(entry => entry.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task The_overdue_check_is_not_failed_by_an_officers_change_to_the_item_committing_meanwhile()
    {
        var forum = await _officer.ForumAsync("Busy actions council");
        var item = await _officer.ItemAsync(await _officer.MeetingAsync(forum, "2026-05-02"));
        var resource = $"{ItemsPath}/{item}";
        Assert.Equal(HttpStatusCode.Created, (await _officer.ChangeAsync(HttpMethod.Post, resource, $"{resource}/actions", new { description = "Bring the figures", owner = "Head of service", dueOn = "2026-06-02" })).StatusCode);
        Task<HttpResponseMessage> change;
        Task run;
        // The officer's change and its audit entry commit together; holding the entry holds the change.
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "audit.audit_events", $"NEW.operation = 'AddForumItemAction' AND NEW.record_id = '{item}'", key: 424_251))
        {
            change = _officer.ChangeAsync(HttpMethod.Post, resource, $"{resource}/actions", new { description = "Ask the young people again", owner = "Participation officer", dueOn = "2031-06-02" });
            await commits.CommitWaitingAsync("the officer's change never reached its commit");
            run = RunOverdueJobAsync();
            await commits.SecondWaitingAsync(run, "the run never queued behind the officer's change");
        }

        Assert.Equal(HttpStatusCode.Created, (await change).StatusCode);
        await run;
        var read = await _officer.GetFromJsonAsync<JsonElement>(resource);
        Assert.Equal(2, read.GetProperty("actions").GetArrayLength());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("actions")[0].GetProperty("overdueFlaggedOn").ValueKind);
    }

    private async Task RunOverdueJobAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Participation.Modules.Forums.Infrastructure.Jobs.FlagOverdueActionsJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Raising_and_answering_an_item_reaches_reporting_as_a_voice_and_a_redacted_you_said_we_did()
    {
        var admin = api.Factory.Client(Roles.Administrator);
        await admin.CreateThemeAsync("forum-workers", "Changes of worker (forums)");
        var forum = await _officer.ForumAsync("Reported council");
        await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("JB"));
        var item = await _officer.ItemAsync(await _officer.MeetingAsync(forum, "2026-07-01"), "Jordan and JB said workers keep changing", themes: ["forum-workers"]);
        await _officer.CloseLoopAsync(item, await _officer.MeetingAsync(forum, "2026-08-12"), "Workers now stay with a child; call 07700 900456 with questions");

        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("Forums", CancellationToken.None);
        await outbox.ProcessAsync("Forums", CancellationToken.None);

        Assert.Equal(
            "forum|forum-meeting|child-or-young-person|forum-workers|t",
            await api.Factory.ScalarAsync("SELECT source || '|' || channel || '|' || audience || '|' || array_to_string(themes, ',') || '|' || themes_confirmed::text::char FROM reporting.voices WHERE id = $1", item));
        var said = (string)(await api.Factory.ScalarAsync("SELECT said || ' / ' || did FROM reporting.you_said_we_did WHERE id = $1", item))!;
        Assert.DoesNotContain("Jordan", said, StringComparison.Ordinal);
        // Initials survive redaction on their own; the forum's member names are taken out first.
        Assert.DoesNotContain("JB", said, StringComparison.Ordinal);
        Assert.DoesNotContain("900456", said, StringComparison.Ordinal);
        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/reports/quarterly?year=2026&quarter=2");
        Assert.Contains(report.GetProperty("youSaidWeDid").EnumerateArray(), entry => entry.GetProperty("did").GetString() == "[name] now stay with a child; call [phone] with questions");
    }

    private async Task<Participation.Modules.Forums.Application.Checks.FlagOverdueActions.OverdueFlagged> RunOverdueAsync()
    {
        using var scope = api.Factory.Services.CreateScope();
        var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
        return await sender.Send(new Participation.Modules.Forums.Application.Checks.FlagOverdueActions.FlagOverdueActionsCommand());
    }
}
