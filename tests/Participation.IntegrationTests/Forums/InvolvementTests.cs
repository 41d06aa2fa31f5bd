using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Forums.Infrastructure.Jobs;
using static Participation.IntegrationTests.Forums.ForumScenarios;

namespace Participation.IntegrationTests.Forums;

/// <summary>Involvement beyond meetings, the action plan, and the quarter's figures (own database: the figures count everything in it).</summary>
public sealed class InvolvementTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Activities = "/api/v1/involvement-activities";
    private const string Plan = "/api/v1/action-plan";
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    private static object Activity(string kind, string heldOn, Guid? forumId = null, int hartRung = 6, object[]? participants = null, object[]? recognitions = null, string serviceArea = "residential-homes") => new
    {
        kind,
        title = $"{kind} on {heldOn}",
        heldOn,
        forumId,
        serviceArea,
        participants = participants ?? [new { audience = "child-or-young-person", cohort = "looked-after-children", count = 6 }],
        hartRung,
        lundy = Lundy,
        whatCameOfIt = "Their scores counted.",
        recognitions = recognitions ?? [],
    };

    [Fact]
    public async Task An_inspections_findings_become_items_of_the_forum_that_ran_it_and_follow_the_same_loop()
    {
        var inspectors = await _officer.ForumAsync("Young inspectors");
        var visit = (await _officer.CreatedAsync(Activities, Activity("inspection-visit", "2026-05-20", inspectors))).GetProperty("id").GetGuid();
        var unowned = (await _officer.CreatedAsync(Activities, Activity("consultation-event", "2026-05-20"))).GetProperty("id").GetGuid();
        var laterMeeting = await _officer.MeetingAsync(inspectors, "2026-06-10");

        var finding = await _officer.CreatedAsync(ItemsPath, new { activityId = visit, said = "Bedrooms at the home have no locks.", themes = Array.Empty<string>(), serviceArea = "residential-homes", decisionMaker = "Registered manager" });
        var orphan = await _officer.PostAsJsonAsync(ItemsPath, new { activityId = unowned, said = "Something found.", themes = Array.Empty<string>(), serviceArea = "residential-homes", decisionMaker = "Registered manager" });

        await orphan.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.activities.findings-need-a-forum");
        // Its findings follow the forum's loop from the visit's day: the visit keeps both, though the rest may be corrected.
        var visitPath = $"{Activities}/{visit}";
        await (await _officer.ChangeAsync(HttpMethod.Put, visitPath, visitPath, Activity("inspection-visit", "2026-06-20", inspectors)))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.activities.findings-raised");
        await (await _officer.ChangeAsync(HttpMethod.Put, visitPath, visitPath, Activity("inspection-visit", "2026-05-20")))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.activities.findings-raised");
        Assert.Equal(HttpStatusCode.OK, (await _officer.ChangeAsync(HttpMethod.Put, visitPath, visitPath, Activity("inspection-visit", "2026-05-20", inspectors, hartRung: 7))).StatusCode);
        Assert.Equal(inspectors, finding.GetProperty("forumId").GetGuid());
        Assert.Equal(visit, finding.GetProperty("raisedAtActivityId").GetGuid());
        var item = finding.GetProperty("id").GetGuid();
        await _officer.CloseLoopAsync(item, laterMeeting, "Locks were fitted in every bedroom.");
        Assert.Equal("closed", (await _officer.GetFromJsonAsync<JsonElement>($"{ItemsPath}/{item}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_correction_of_an_activitys_date_racing_a_finding_raised_at_it_is_refused_and_the_finding_keeps_the_visits_day()
    {
        var inspectors = await _officer.ForumAsync("Racing inspectors");
        var visit = (await _officer.CreatedAsync(Activities, Activity("inspection-visit", "2026-05-21", inspectors))).GetProperty("id").GetGuid();
        var visitPath = $"{Activities}/{visit}";
        HttpResponseMessage corrected;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "forums.items", $"NEW.raised_at_activity_id = '{visit}'", key: 424_247))
        {
            var raising = _officer.PostAsJsonAsync(ItemsPath, new { activityId = visit, said = "The garden gate is broken.", themes = Array.Empty<string>(), serviceArea = "residential-homes", decisionMaker = "Registered manager" });
            await commits.CommitWaitingAsync("the finding's commit never reached the held lock");
            // The correction finds no finding raised (it is not committed) and moves the visit's day.
            var correcting = _officer.ChangeAsync(HttpMethod.Put, visitPath, visitPath, Activity("inspection-visit", "2026-06-21", inspectors));
            await commits.SecondWaitingAsync(correcting, "the correction never waited on the finding");
            await commits.ReleaseAsync();
            Assert.Equal(HttpStatusCode.Created, (await raising).StatusCode);
            corrected = await correcting;
        }

        await corrected.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        Assert.Equal("2026-05-21", (await _officer.GetFromJsonAsync<JsonElement>(visitPath)).GetProperty("heldOn").GetString());
    }

    [Fact]
    public async Task A_raise_names_one_place_and_a_lundy_yes_needs_evidence_on_activities_too()
    {
        var both = await _officer.PostAsJsonAsync(ItemsPath, new { meetingId = Guid.NewGuid(), activityId = Guid.NewGuid(), said = "x", themes = Array.Empty<string>(), serviceArea = "residential-homes", decisionMaker = "y" });
        await both.ShouldBeValidationProblemFor("activityId");

        var activity = Activity("peer-mentoring", "2026-05-20");
        var json = JsonSerializer.SerializeToNode(activity)!;
        json["lundy"]!["influence"] = JsonSerializer.SerializeToNode(new { met = true, evidence = (string?)null });
        var response = await _officer.PostAsJsonAsync(Activities, json);
        await response.ShouldBeValidationProblemFor("lundy.influence.evidence");

        var nullRow = JsonSerializer.SerializeToNode(Activity("peer-mentoring", "2026-05-20"))!;
        nullRow["recognitions"] = new System.Text.Json.Nodes.JsonArray((System.Text.Json.Nodes.JsonNode?)null);
        await (await _officer.PostAsJsonAsync(Activities, nullRow)).ShouldBeValidationProblemFor("recognitions[0]");

        var crowded = JsonSerializer.SerializeToNode(Activity("peer-mentoring", "2026-05-20"))!;
        crowded["participants"] = JsonSerializer.SerializeToNode(new[] { new { audience = "parent", cohort = "send", count = 6_000 }, new { audience = "parent", cohort = "send", count = 6_000 } });
        await (await _officer.PostAsJsonAsync(Activities, crowded)).ShouldBeValidationProblemFor("participants");
    }

    [Fact]
    public async Task The_quarters_figures_total_recognition_per_cohort_and_activity_kind_and_withhold_fewer_than_5()
    {
        var forum = await _officer.ForumAsync("Quarterly council");
        var first = await _officer.MeetingAsync(forum, "2026-07-02", hartRung: 2, children: 3);
        await _officer.MeetingAsync(forum, "2026-08-13", hartRung: 6, children: 9);
        var item = await _officer.ItemAsync(first);
        await _officer.CloseLoopAsync(item, await _officer.MeetingAsync(forum, "2026-09-24", hartRung: 7, children: 7));
        await _officer.CreatedAsync(Activities, Activity(
            "recruitment-panel",
            "2026-08-05",
            participants: [new { audience = "child-or-young-person", cohort = "looked-after-children", count = 4 }, new { audience = "care-leaver", cohort = "care-leavers", count = 3 }],
            recognitions: [new { kind = "voucher", recipients = 4, cohort = "looked-after-children", amountEach = 20m }, new { kind = "voucher", recipients = 3, cohort = "care-leavers", amountEach = 20m }]));
        await _officer.CreatedAsync(Activities, Activity(
            "co-delivered-training",
            "2026-09-01",
            hartRung: 3,
            participants: [new { audience = "child-or-young-person", cohort = "looked-after-children", count = 2 }],
            recognitions: [new { kind = "accreditation", recipients = 2, cohort = "looked-after-children", amountEach = (decimal?)null }]));
        await _officer.CreatedAsync(Activities, Activity("consultation-event", "2026-10-02"));

        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/forums/reports/quarterly?year=2026&quarter=2");

        var figures = report.GetProperty("forums").EnumerateArray().Single(entry => entry.GetProperty("forumId").GetGuid() == forum);
        Assert.Equal(3, figures.GetProperty("meetingsHeld").GetInt32());
        Assert.Equal(1, figures.GetProperty("nonParticipationMeetings").GetInt32());
        Assert.Equal(3, figures.GetProperty("lundyMet").GetProperty("space").GetInt32());
        Assert.Equal(100.0, figures.GetProperty("loop").GetProperty("closureRate").GetDouble());
        Assert.Equal(1, figures.GetProperty("itemsReportedBack").GetInt32());
        Assert.Equal(19, report.GetProperty("attendanceByAudience").GetProperty("child-or-young-person").GetProperty("value").GetInt32());
        // The October activity is the next quarter's.
        Assert.Equal(1, report.GetProperty("activitiesByKind").GetProperty("recruitment-panel").GetInt32());
        Assert.False(report.GetProperty("activitiesByKind").TryGetProperty("consultation-event", out _));
        Assert.Equal(1, report.GetProperty("nonParticipationActivities").GetInt32());
        // Recognition: 7 vouchers worth £140 on the panel and 2 accreditations; by cohort 6 looked-after (4 + 2) and 3 care
        // leavers. Each table adds up to the same 9 recipients, so each small cell takes the other with it, value and all:
        // shown, the 7 or the 6 would give back the 2 or the 3 from the other table's total.
        var byKind = report.GetProperty("recognitionByActivityKind");
        Assert.Equal("protecting", byKind.GetProperty("recruitment-panel").GetProperty("recipients").GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Null, byKind.GetProperty("recruitment-panel").GetProperty("value").ValueKind);
        Assert.Equal("small", byKind.GetProperty("co-delivered-training").GetProperty("recipients").GetProperty("suppressed").GetString());
        var byCohort = report.GetProperty("recognitionByCohort");
        Assert.Equal("protecting", byCohort.GetProperty("looked-after-children").GetProperty("recipients").GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Null, byCohort.GetProperty("looked-after-children").GetProperty("value").ValueKind);
        Assert.Equal("small", byCohort.GetProperty("care-leavers").GetProperty("recipients").GetProperty("suppressed").GetString());
        Assert.Equal(JsonValueKind.Null, byCohort.GetProperty("care-leavers").GetProperty("value").ValueKind);
        // Participants likewise: 9 by audience (6 children, 3 care leavers) and by cohort (6 looked-after, 3 care leavers).
        Assert.Equal("protecting", report.GetProperty("participantsByCohort").GetProperty("looked-after-children").GetProperty("suppressed").GetString());
        Assert.Equal("small", report.GetProperty("participantsByCohort").GetProperty("care-leavers").GetProperty("suppressed").GetString());
    }

    [Fact]
    public async Task An_activity_keeps_its_service_area_once_retired_when_corrected_but_no_new_activity_takes_it()
    {
        var administrator = api.Factory.Client(Roles.Administrator);
        var area = (await administrator.CreatedAsync("/api/v1/reference-data/service-areas", new { code = "retiring-activities", name = "Retiring" })).GetProperty("id").GetGuid();
        var recorded = await _officer.CreatedAsync(Activities, Activity("consultation-event", "2026-06-10", serviceArea: "retiring-activities"));
        var resource = $"/api/v1/reference-data/service-areas/{area}";
        Assert.Equal(HttpStatusCode.OK, (await administrator.ChangeAsync(HttpMethod.Post, resource, $"{resource}/retirement")).StatusCode);

        var activity = $"{Activities}/{recorded.GetProperty("id").GetGuid()}";
        var corrected = await _officer.ChangeAsync(HttpMethod.Put, activity, activity, Activity("consultation-event", "2026-06-11", serviceArea: "retiring-activities"));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        await (await _officer.PostAsJsonAsync(Activities, Activity("consultation-event", "2026-06-12", serviceArea: "retiring-activities"))).ShouldBeValidationProblemFor("serviceArea");
    }

    [Fact]
    public async Task The_action_plan_is_flagged_overdue_once_and_done_needs_evidence()
    {
        var late = (await _officer.CreatedAsync(Plan, PlanRow("Train young interviewers", "2026-03-31"))).GetProperty("id").GetGuid();
        var future = (await _officer.CreatedAsync(Plan, PlanRow("Publish the board", "2031-03-31"))).GetProperty("id").GetGuid();

        await RunOverdueJobAsync();
        await RunOverdueJobAsync();

        var overdue = await _officer.GetFromJsonAsync<JsonElement>($"{Plan}?overdue=true");
        Assert.Contains(late, overdue.EnumerateArray().Select(row => row.GetProperty("id").GetGuid()));
        Assert.DoesNotContain(future, overdue.EnumerateArray().Select(row => row.GetProperty("id").GetGuid()));
        var done = await _officer.ChangeAsync(HttpMethod.Put, $"{Plan}/{late}", $"{Plan}/{late}", PlanRow("Train young interviewers", "2026-03-31", status: "done"));
        await done.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "forums.action-plan.done-needs-evidence");
        var evidenced = await _officer.ChangeAsync(HttpMethod.Put, $"{Plan}/{late}", $"{Plan}/{late}", PlanRow("Train young interviewers", "2026-03-31", status: "done", evidence: "Twelve trained in May."));
        Assert.Equal(HttpStatusCode.OK, evidenced.StatusCode);
        Assert.Equal(JsonValueKind.String, (await evidenced.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("settledOn").ValueKind);
    }

    private static object PlanRow(string action, string dueOn, string status = "open", string? evidence = null) =>
        new { action, how = "With the Children in Care Council", resources = "Officer time", owner = "Head of participation", dueOn, status, evidence };

    private async Task RunOverdueJobAsync()
    {
        using var scope = api.Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<FlagOverdueActionsJob>().RunAsync(CancellationToken.None);
    }
}
