using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Forums.Infrastructure.Jobs;
using static Participation.IntegrationTests.Forums.ForumScenarios;

namespace Participation.IntegrationTests.Forums;

public sealed class ForumTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    [Fact]
    public async Task The_list_pages_past_a_forum_with_the_longest_name_in_three_byte_characters()
    {
        var forum = await _officer.ForumAsync(new string('€', 200));
        await _officer.ForumAsync(new string('€', 199) + "₭");

        // A page of one ends on each forum in turn, so one of the cursors carries all of the first name (the second sorts
        // after it, whatever the collation).
        var seen = new List<Guid>();
        string? cursor = null;
        do
        {
            var response = await _officer.GetAsync(new Uri($"{ForumsPath}?pageSize=1{(cursor is null ? "" : $"&cursor={cursor}")}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.Content.ReadFromJsonAsync<JsonElement>();
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Contains(forum, seen);
    }

    [Fact]
    public async Task An_officer_records_a_forum_a_manager_reads_it_and_an_analyst_cannot()
    {
        var forum = await _officer.ForumAsync("Children in Care Council");

        var read = await api.Factory.Client(Roles.Manager).GetFromJsonAsync<JsonElement>($"{ForumsPath}/{forum}");
        Assert.Equal("children-in-care-council-senior", read.GetProperty("forum").GetProperty("kind").GetString());
        Assert.Equal("six-weekly", read.GetProperty("forum").GetProperty("cadence").GetString());
        Assert.Equal(0, read.GetProperty("loop").GetProperty("itemsRaised").GetInt32());
        await (await api.Factory.Client(Roles.Analyst).GetAsync($"{ForumsPath}/{forum}")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await api.Factory.Client(Roles.Manager).PostAsJsonAsync(ForumsPath, Forum("Managers may not"))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_forum_that_has_not_met_within_its_cadence_is_flagged()
    {
        var monthly = await _officer.ForumAsync("Monthly youth board", cadence: "monthly");
        await _officer.MeetingAsync(monthly, "2026-05-31");

        var read = await _officer.GetFromJsonAsync<JsonElement>($"{ForumsPath}/{monthly}");

        Assert.Equal("2026-05-31", read.GetProperty("lastMetOn").GetString());
        // A month after 31 May is 30 June.
        Assert.Equal("2026-06-30", read.GetProperty("nextMeetingDueBy").GetString());
        Assert.True(read.GetProperty("meetingOverdue").GetBoolean());
    }

    [Fact]
    public async Task The_forums_page_is_sent_again_when_a_meeting_changes_its_figures_and_its_etag_still_changes_the_forum()
    {
        var forum = await _officer.ForumAsync("Polled youth board");
        var page = $"{ForumsPath}/{forum}";
        using var first = await _officer.GetAsync(new Uri(page, UriKind.Relative));

        await _officer.MeetingAsync(forum, "2026-05-31");

        using var conditional = new HttpRequestMessage(HttpMethod.Get, page);
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var changed = await _officer.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("2026-05-31", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("lastMetOn").GetString());
        Assert.NotEqual(first.Headers.ETag, changed.Headers.ETag);
        using var again = new HttpRequestMessage(HttpMethod.Get, page);
        again.Headers.IfNoneMatch.Add(changed.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _officer.SendAsync(again)).StatusCode);
        // The page's tag names the forum's version for If-Match.
        Assert.Equal(HttpStatusCode.OK, (await _officer.ChangeAsync(HttpMethod.Put, page, page, Forum("Polled youth board, renamed"))).StatusCode);
    }

    [Fact]
    public async Task A_member_under_13_cannot_join_on_their_own_consent_but_can_on_a_parents()
    {
        var forum = await _officer.ForumAsync("Junior Children in Care Council");

        var own = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", Member("Sam", ageBand: "eleven-to-twelve", consentGivenBy: "self"));
        await own.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.members.parent-or-carer-consent-required");
        var parents = await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Sam", ageBand: "eleven-to-twelve", consentGivenBy: "parent"));
        Assert.Equal("parent", parents.GetProperty("consentGivenBy").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM forums.members WHERE forum_id = $1", forum));
    }

    [Fact]
    public async Task A_member_who_leaves_has_no_name_or_contact_details_stored_afterwards()
    {
        var forum = await _officer.ForumAsync("Leavers' council");
        var member = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Robin"))).GetProperty("id").GetGuid();
        var resource = $"{ForumsPath}/{forum}/members/{member}";

        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(resource, "leaving")).StatusCode);

        Assert.Equal(
            "|||thirteen-to-fifteen|child-or-young-person|t",
            await api.Factory.ScalarAsync(
                "SELECT coalesce(display_name, '') || '|' || coalesce(contact_email, '') || '|' || coalesce(contact_phone, '') || '|' || age_band || '|' || audience || '|' || (left_on IS NOT NULL)::text::char FROM forums.members WHERE id = $1",
                member));
        var again = await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Member("Robin"));
        await again.ShouldBreakRule(HttpStatusCode.Conflict, "forums.members.left");
    }

    [Fact]
    public async Task Member_reads_are_audited_and_another_forums_member_is_not_found()
    {
        var forum = await _officer.ForumAsync("Audited council");
        var other = await _officer.ForumAsync("Other council");
        var member = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Kai"))).GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await api.Factory.Client(Roles.Manager).GetAsync($"{ForumsPath}/{forum}/members/{member}")).StatusCode);

        await (await _officer.GetAsync($"{ForumsPath}/{other}/members/{member}")).ShouldBeProblem(HttpStatusCode.NotFound);
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM audit.audit_events WHERE operation = 'GetForumMember' AND record_id = $1", member.ToString()));
    }

    [Theory]
    [InlineData(0, "hartRung")]
    [InlineData(9, "hartRung")]
    public async Task A_hart_rung_outside_1_to_8_is_a_400_naming_it(int rung, string field)
    {
        var forum = await _officer.ForumAsync($"Ladder council {rung}");

        var response = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", Meeting("2026-06-01", hartRung: rung));

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task Consent_dated_after_today_is_a_400_naming_consentGivenOn()
    {
        var forum = await _officer.ForumAsync("Consent council");
        var member = JsonSerializer.SerializeToNode(Member("Tam", ageBand: "under-eleven", consentGivenBy: "parent"))!;
        member["consentGivenOn"] = "2099-01-01";

        await (await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", member)).ShouldBeValidationProblemFor("consentGivenOn");
    }

    [Fact]
    public async Task Attendance_rows_of_one_audience_adding_up_past_the_limit_are_a_400_naming_attendance()
    {
        var forum = await _officer.ForumAsync("Crowded council");
        var meeting = JsonSerializer.SerializeToNode(Meeting("2026-06-01"))!;
        meeting["attendance"] = JsonSerializer.SerializeToNode(new[] { new { audience = "child-or-young-person", count = 400 }, new { audience = "child-or-young-person", count = 400 } });

        await (await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", meeting)).ShouldBeValidationProblemFor("attendance");
    }

    [Fact]
    public async Task A_lundy_yes_without_evidence_is_a_400_naming_the_element()
    {
        var forum = await _officer.ForumAsync("Lundy council");
        var lundy = new { space = new { met = true, evidence = "  " }, voice = new { met = false }, audience = new { met = false }, influence = new { met = false } };

        var response = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", Meeting("2026-06-01", lundy: lundy));

        await response.ShouldBeValidationProblemFor("lundy.space.evidence");
    }

    [Fact]
    public async Task A_meeting_is_recorded_once_held_and_a_low_rung_is_flagged_as_non_participation()
    {
        var forum = await _officer.ForumAsync("Tokenism council");

        var future = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", Meeting(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(3).ToString("yyyy-MM-dd")));
        await future.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.meetings.not-held-yet");
        var meeting = await _officer.CreatedAsync($"{ForumsPath}/{forum}/meetings", Meeting("2026-06-01", hartRung: 3));
        Assert.True(meeting.GetProperty("nonParticipation").GetBoolean());
        Assert.Equal("Alex Morgan", meeting.GetProperty("decisionMakers")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_meeting_is_corrected_under_its_etag_but_its_date_stays()
    {
        var forum = await _officer.ForumAsync("Corrected council");
        var meeting = await _officer.MeetingAsync(forum, "2026-06-03", hartRung: 3, children: 5);
        var resource = $"{ForumsPath}/{forum}/meetings/{meeting}";

        var corrected = await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Meeting("2026-06-03", hartRung: 6, children: 7));
        var moved = await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Meeting("2026-06-04"));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var read = await corrected.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(read.GetProperty("nonParticipation").GetBoolean());
        Assert.Equal(7, read.GetProperty("attendance")[0].GetProperty("count").GetInt32());
        await moved.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.meetings.date-fixed");
    }

    [Fact]
    public async Task The_ageing_out_check_flags_a_member_whose_band_may_have_reached_their_age_once_and_only_them()
    {
        var forum = await _officer.ForumAsync("Senior council, ageing out");
        var dueNow = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Ash", ageBand: "sixteen-to-seventeen", ageReviewOn: "2026-06-01"))).GetProperty("id").GetGuid();
        var reviewLater = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Bo", ageBand: "sixteen-to-seventeen", ageReviewOn: "2031-06-01"))).GetProperty("id").GetGuid();
        var tooYoung = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Cy", ageBand: "thirteen-to-fifteen", ageReviewOn: "2026-06-01"))).GetProperty("id").GetGuid();
        var careLeaver = (await _officer.CreatedAsync(
            $"{ForumsPath}/{forum}/members", Member("Di", ageBand: "eighteen-to-twenty", ageOutAt: 25, ageReviewOn: "2026-06-01", cohorts: ["care-leavers"]))).GetProperty("id").GetGuid();

        await RunAgeingOutAsync();
        await RunAgeingOutAsync();

        Assert.Equal(
            $"{dueNow}",
            await api.Factory.ScalarAsync("SELECT string_agg(id::text, ',') FROM forums.members WHERE forum_id = $1 AND ageing_out_flagged_on IS NOT NULL", forum));
        Assert.Equal(4L, await api.Factory.ScalarAsync("SELECT count(*) FROM forums.members WHERE id IN ($1, $2, $3, $4)", dueNow, reviewLater, tooYoung, careLeaver));
    }

    [Fact]
    public async Task The_ageing_out_check_is_not_failed_by_an_officers_change_to_the_member_committing_meanwhile()
    {
        var forum = await _officer.ForumAsync("Senior council, busy");
        var member = (await _officer.CreatedAsync($"{ForumsPath}/{forum}/members", Member("Eli", ageBand: "sixteen-to-seventeen", ageReviewOn: "2026-06-01"))).GetProperty("id").GetGuid();
        var resource = $"{ForumsPath}/{forum}/members/{member}";
        Task<HttpResponseMessage> change;
        Task run;
        // The officer's change and its audit entry commit together; holding the entry holds the change.
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "audit.audit_events", $"NEW.operation = 'UpdateForumMember' AND NEW.record_id = '{member}'", key: 424_252))
        {
            change = _officer.ChangeAsync(HttpMethod.Put, resource, resource, Member("Elijah", ageBand: "sixteen-to-seventeen", ageReviewOn: "2026-06-01"));
            await commits.CommitWaitingAsync("the officer's change never reached its commit");
            run = RunAgeingOutAsync();
            await commits.SecondWaitingAsync(run, "the run never queued behind the officer's change");
        }

        Assert.Equal(HttpStatusCode.OK, (await change).StatusCode);
        await run;
        Assert.Equal(
            "Elijah flagged",
            await api.Factory.ScalarAsync("SELECT display_name || CASE WHEN ageing_out_flagged_on IS NULL THEN '' ELSE ' flagged' END FROM forums.members WHERE id = $1", member));
    }

    [Fact]
    public async Task A_child_needs_a_leaving_age_and_an_adult_may_not_have_one()
    {
        var forum = await _officer.ForumAsync("Mixed family forum");
        var child = Member("Fin", ageOutAt: null, ageReviewOn: null);
        var parent = JsonSerializer.SerializeToNode(Member("Gail", ageBand: "adult"))!;
        parent["audience"] = "parent";

        await (await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", child)).ShouldBeValidationProblemFor("ageOutAt");
        await (await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", parent)).ShouldBeValidationProblemFor("ageOutAt");

        // A care leaver (here known by audience alone) stays to 21 or 25 and is flagged then.
        var careLeaver = JsonSerializer.SerializeToNode(Member("Hal", ageBand: "eighteen-to-twenty", ageOutAt: 21, cohorts: []))!;
        careLeaver["audience"] = "care-leaver";
        Assert.Equal(HttpStatusCode.Created, (await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", careLeaver)).StatusCode);
    }

    [Fact]
    public async Task A_care_leavers_age_out_of_21_or_25_is_for_care_leavers_only()
    {
        var forum = await _officer.ForumAsync("Care leavers' forum");

        var response = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", Member("Eli", ageBand: "eighteen-to-twenty", ageOutAt: 21, cohorts: ["looked-after-children"]));

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.members.age-out-age");
    }

    [Fact]
    public async Task A_member_joining_and_a_meeting_recorded_while_the_forum_closes_are_refused_once_it_has_closed()
    {
        var forum = await _officer.ForumAsync("Closing youth board");
        var connectionString = api.Factory.OwnerConnectionString();
        await using var closing = new NpgsqlConnection(connectionString);
        await closing.OpenAsync();
        await using var close = await closing.BeginTransactionAsync();
        // A close in flight: the forum's row changed, not yet committed, so both requests read the forum still open.
        await using (var closed = new NpgsqlCommand("UPDATE forums.forums SET closed_on = '2026-11-30' WHERE id = $1", closing, close) { Parameters = { new() { Value = forum } } })
        {
            await closed.ExecuteNonQueryAsync();
        }

        var join = _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", Member("Fin"));
        var meeting = _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", Meeting("2026-10-01"));
        await WaitingForLocksAsync(2, join, meeting);
        await close.CommitAsync();

        await (await join).ShouldBreakRule(HttpStatusCode.Conflict, "forums.forum-closed");
        await (await meeting).ShouldBreakRule(HttpStatusCode.Conflict, "forums.forum-closed");
        Assert.Equal(
            "0|0",
            await api.Factory.ScalarAsync("SELECT (SELECT count(*) FROM forums.members WHERE forum_id = $1) || '|' || (SELECT count(*) FROM forums.meetings WHERE forum_id = $1)", forum));
    }

    [Fact]
    public async Task Members_joining_at_once_all_join_and_leave_the_forums_version_for_an_edit_or_a_close_as_it_was()
    {
        var forum = await _officer.ForumAsync("Busy youth board");
        using var read = await _officer.GetAsync(new Uri($"{ForumsPath}/{forum}", UriKind.Relative));

        var joined = await Task.WhenAll(new[] { "Gus", "Hal", "Ivy", "Jo" }.Select(name => _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/members", Member(name))));
        var meeting = await _officer.PostAsJsonAsync($"{ForumsPath}/{forum}/meetings", Meeting("2026-10-01"));

        Assert.All(joined, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));
        Assert.Equal(HttpStatusCode.Created, meeting.StatusCode);
        using var close = new HttpRequestMessage(HttpMethod.Post, $"{ForumsPath}/{forum}/closure");
        close.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.True((await _officer.SendAsync(close)).IsSuccessStatusCode, "the forum's If-Match went stale when members joined");
    }

    /// <summary>Until that many statements wait for a lock, or every request has been answered without waiting.</summary>
    private async Task WaitingForLocksAsync(int statements, params Task[] requests)
    {
        const string Waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'";
        for (var attempt = 0; attempt < 500 && !requests.All(request => request.IsCompleted) && (long)(await api.Factory.ScalarAsync(Waiting))! < statements; attempt++)
        {
            await Task.Delay(20);
        }
    }

    private async Task RunAgeingOutAsync()
    {
        using var scope = api.Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FlagAgeingOutJob>().RunAsync(CancellationToken.None);
    }
}
