using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Complaints;

public sealed class ComplaintProcedureTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Complaints = "/api/v1/complaints";
    private readonly HttpClient _officer = api.Factory.Client(Roles.ComplaintsOfficer);

    private static object Complaint(string receivedOn = "2024-03-28", string kind = "child-or-young-person", string serviceArea = "children-in-care", string? procedure = null, string? groundsOn = null) => new
    {
        receivedOn, channel = "app", complainantKind = kind, childCaseReference = "CASE-9", onBehalfOfChild = false,
        serviceArea, category = "Placement", summary = "Moved without being asked", points = new[] { "Not asked", "Belongings lost" },
        procedure, groundsOn,
    };

    [Fact]
    public async Task A_child_complaint_runs_through_stage_1_with_its_statutory_clock()
    {
        var logged = await _officer.PostAsJsonAsync(Complaints, Complaint());
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var complaint = await logged.Content.ReadFromJsonAsync<JsonElement>();
        var id = complaint.GetProperty("id").GetGuid();
        Assert.Equal("2024-04-15", complaint.GetProperty("stage1").GetProperty("dueDate").GetString());

        var findings = new { respondedOn = "2024-04-20", findings = new[] { new { point = 1, finding = "upheld" }, new { point = 2, finding = "not-upheld" } }, remedy = "Apology and a review of the move" };
        await (await _officer.PostStepAsync($"{Complaints}/{id}", "responses", findings)).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "complaints.advocacy-not-offered");

        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync($"{Complaints}/{id}", "advocacy-offers", new { offeredOn = "2024-03-28", answer = "accepted", organisation = "Coram Voice" })).StatusCode);
        var extended = await _officer.PostStepAsync($"{Complaints}/{id}", "extensions", new { workingDays = 20, reason = "Two services involved", decidedOn = "2024-04-12" });
        Assert.True(extended.IsSuccessStatusCode, await extended.Content.ReadAsStringAsync());
        Assert.Equal("2024-04-29", (await extended.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stage1").GetProperty("dueDate").GetString());

        var responded = await (await _officer.PostStepAsync($"{Complaints}/{id}", "responses", findings)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stage1-responded", responded.GetProperty("status").GetString());
        Assert.True(responded.GetProperty("stage1").GetProperty("withinTimescale").GetBoolean());
        Assert.Equal("partly-upheld", responded.GetProperty("stage1").GetProperty("outcome").GetString());

        Assert.Equal(2L, await Scalar("SELECT count(*) FROM complaints.outbox_messages WHERE content::jsonb->>'complaintId' = $1", id.ToString()));
        await (await _officer.PostStepAsync($"{Complaints}/{id}", "extensions", new { workingDays = 15, reason = "Late", decidedOn = "2024-04-12" })).ShouldBreakRule(HttpStatusCode.Conflict, "complaints.stage-not-open");
    }

    [Fact]
    public async Task A_complaint_goes_through_all_three_stages_and_the_Ombudsman()
    {
        var id = await Logged(Complaint("2024-04-22", "parent"));
        var both = new[] { new { point = 1, finding = "not-upheld" }, new { point = 2, finding = "not-upheld" } };

        await (await _officer.PostStepAsync($"{Complaints}/{id}", "escalations", new { requestedOn = "2024-05-10", investigatingOfficer = "A. Officer", independentPerson = "B. Independent" }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "complaints.stage1-not-answered");
        await _officer.PostStepAsync($"{Complaints}/{id}", "responses", new { respondedOn = "2024-05-02", findings = both });

        var escalated = await (await _officer.PostStepAsync($"{Complaints}/{id}", "escalations", new { requestedOn = "2024-05-31", investigatingOfficer = "A. Officer", independentPerson = "B. Independent" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stage2", escalated.GetProperty("status").GetString());
        Assert.Equal("2024-07-05", escalated.GetProperty("stage2").GetProperty("dueDate").GetString());

        var adjudicated = await (await _officer.PostStepAsync($"{Complaints}/{id}", "responses", new
        {
            respondedOn = "2024-07-01",
            findings = new[] { new { point = 1, finding = "upheld" }, new { point = 2, finding = "partly-upheld" } },
            remedy = "Adjudication: the service failed to consult the child",
        })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stage2-responded", adjudicated.GetProperty("status").GetString());
        Assert.Equal("partly-upheld", adjudicated.GetProperty("stage2").GetProperty("outcome").GetString());
        Assert.Equal("not-upheld", adjudicated.GetProperty("stage1").GetProperty("outcome").GetString());
        Assert.Equal(2L, await Scalar("SELECT count(*) FROM complaints.outbox_messages WHERE type LIKE '%ComplaintStageResponded' AND content::jsonb->>'complaintId' = $1", id.ToString()));

        var panel = await (await _officer.PostStepAsync($"{Complaints}/{id}", "review-panels", new { requestedOn = "2024-07-08", members = new[] { "C. One", "D. Two", "E. Three" } }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2024-08-19", panel.GetProperty("stage3").GetProperty("panelDueDate").GetString());
        await _officer.PostStepAsync($"{Complaints}/{id}", "panel-meetings", new { heldOn = "2024-08-15" });
        var reported = await (await _officer.PostStepAsync($"{Complaints}/{id}", "panel-reports", new { issuedOn = "2024-08-22" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2024-09-13", reported.GetProperty("stage3").GetProperty("responseDueDate").GetString());

        await (await _officer.PostStepAsync($"{Complaints}/{id}", "panel-responses", new { respondedOn = "2024-09-10", namesOmbudsman = false }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "complaints.ombudsman-not-named");
        var answered = await (await _officer.PostStepAsync($"{Complaints}/{id}", "panel-responses", new { respondedOn = "2024-09-10", namesOmbudsman = true }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("stage3-responded", answered.GetProperty("status").GetString());
        Assert.True(answered.GetProperty("stage3").GetProperty("withinTimescale").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync($"{Complaints}/{id}", "closures", new { closedOn = "2024-09-11" })).StatusCode);
        await _officer.PostStepAsync($"{Complaints}/{id}", "ombudsman-referrals", new { referredOn = "2024-10-01" });
        await _officer.PostStepAsync($"{Complaints}/{id}", "ombudsman-enquiries", new { receivedOn = "2024-10-15" });
        await _officer.PostStepAsync($"{Complaints}/{id}", "ombudsman-decisions", new { decidedOn = "2025-01-20", decision = "fault-causing-injustice", remedy = "Apology and a payment", remedyDueOn = "2025-02-20" });
        var remedied = await (await _officer.PostStepAsync($"{Complaints}/{id}", "ombudsman-remedy-completions", new { completedOn = "2025-02-10" })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("closed", remedied.GetProperty("status").GetString());
        Assert.Equal("fault-causing-injustice", remedied.GetProperty("ombudsman").GetProperty("decision").GetString());
        Assert.Equal("2025-02-10", remedied.GetProperty("ombudsman").GetProperty("remedyCompletedOn").GetString());
        await (await _officer.PostStepAsync($"{Complaints}/{id}", "withdrawals", new { withdrawnOn = "2025-03-01" })).ShouldBreakRule(HttpStatusCode.Conflict, "complaints.closed");
    }

    [Fact]
    public async Task Themes_and_lessons_are_recorded_and_themes_travel_with_the_response_event()
    {
        var id = await Logged(Complaint(kind: "parent"));

        await (await _officer.PostStepAsync($"{Complaints}/{id}", "themes", new { themes = new[] { "placement-stability", "no-such-theme" } })).ShouldBeValidationProblemFor("themes[1]");
        await _officer.PostStepAsync($"{Complaints}/{id}", "themes", new { themes = new[] { "placement-stability", "being-listened-to" } });
        await _officer.PostStepAsync($"{Complaints}/{id}", "lessons", new { description = "Moves were planned without the child", action = "Placement moves checklist asks the child first", owner = "Head of children in care", dueOn = "2024-06-30" });
        var completed = await (await _officer.PostStepAsync($"{Complaints}/{id}", "lessons/1/completions", new { completedOn = "2024-06-20" })).Content.ReadFromJsonAsync<JsonElement>();
        await (await _officer.PostStepAsync($"{Complaints}/{id}", "lessons/2/completions", new { completedOn = "2024-06-20" })).ShouldBeProblem(HttpStatusCode.NotFound);
        await _officer.PostStepAsync($"{Complaints}/{id}", "responses", new { respondedOn = "2024-04-10", findings = new[] { new { point = 1, finding = "upheld" }, new { point = 2, finding = "upheld" } } });

        Assert.Equal(["placement-stability", "being-listened-to"], completed.GetProperty("themes").EnumerateArray().Select(theme => theme.GetString()));
        Assert.Equal("2024-06-20", completed.GetProperty("lessons")[0].GetProperty("completedOn").GetString());
        Assert.Equal(1L, await Scalar(
            "SELECT count(*) FROM complaints.outbox_messages WHERE type LIKE '%ComplaintStageResponded' AND content::jsonb->>'complaintId' = $1 AND content::jsonb->'themes' ? 'placement-stability'",
            id.ToString()));
    }

    [Fact]
    public async Task A_compliment_is_recorded_against_a_service_area()
    {
        var response = await _officer.PostAsJsonAsync("/api/v1/compliments", new { receivedOn = "2024-05-01", audience = "foster-carer", channel = "letter", serviceArea = "fostering", summary = "The supervising social worker went above and beyond" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var read = await _officer.GetFromJsonAsync<JsonElement>(response.Headers.Location);
        Assert.Equal("foster-carer", read.GetProperty("audience").GetString());
        await (await _officer.PostAsJsonAsync("/api/v1/compliments", new { receivedOn = "2024-05-01", audience = "parent", channel = "letter", serviceArea = "nowhere", summary = "x" })).ShouldBeValidationProblemFor("serviceArea");
    }

    [Fact]
    public async Task An_analyst_reads_the_quarterly_and_annual_reports_but_not_complaints()
    {
        await Logged(Complaint("2023-04-12", "parent"));
        var analyst = api.Factory.Client(Roles.Analyst);

        var quarter = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/complaints/reports/quarterly?year=2023&quarter=1");
        var year = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/complaints/reports/annual?year=2023");

        Assert.Equal("2023-24 Q1", quarter.GetProperty("period").GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Null, quarter.GetProperty("received").GetProperty("value").ValueKind);
        Assert.Equal("small", quarter.GetProperty("received").GetProperty("suppressed").GetString());
        Assert.Equal("2024-03-31", year.GetProperty("period").GetProperty("to").GetString());
        await (await analyst.GetAsync(new Uri($"{Complaints}?pageSize=5", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await analyst.GetAsync(new Uri("/api/v1/complaints/reports/quarterly?year=2023&quarter=5", UriKind.Relative))).ShouldBeValidationProblemFor("quarter");
    }

    [Fact]
    public async Task The_work_queue_shows_what_is_overdue()
    {
        var overdue = await Logged(Complaint("2025-01-06", "parent"));
        var answered = await Logged(Complaint("2025-01-06", "parent"));
        await _officer.PostStepAsync($"{Complaints}/{answered}", "responses", new { respondedOn = "2025-01-10", findings = new[] { new { point = 1, finding = "upheld" }, new { point = 2, finding = "upheld" } } });

        var queue = await _officer.GetFromJsonAsync<JsonElement>($"{Complaints}?overdue=true&pageSize=500");
        var ids = queue.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList();

        Assert.Contains(overdue, ids);
        Assert.DoesNotContain(answered, ids);
    }

    [Fact]
    public async Task The_daily_job_is_not_failed_by_an_officers_step_committing_on_an_overdue_complaint_meanwhile()
    {
        var id = await Logged(Complaint("2025-02-04", "parent"));
        Task job;
        Task<HttpResponseMessage> step;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "complaints.complaint_lessons", $"NEW.complaint_id = '{id}'", key: 424_250))
        {
            step = _officer.PostStepAsync($"{Complaints}/{id}", "lessons", new { description = "Letters were late", action = "Diary the reply date", owner = "Team manager", dueOn = "2025-06-30" });
            await commits.CommitWaitingAsync("the officer's step never reached its commit");
            // The run read the complaint before the step committed and waits to write it.
            job = RunOverdueJobAsync();
            await commits.SecondWaitingAsync(job, "the run never queued behind the officer's step");
        }

        Assert.Equal(HttpStatusCode.OK, (await step).StatusCode);
        await job;
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM complaints.complaints WHERE id = $1 AND stage1_overdue_on IS NOT NULL", id));
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM complaints.complaint_lessons WHERE complaint_id = $1", id));
    }

    private async Task RunOverdueJobAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Participation.Modules.Complaints.Infrastructure.MarkOverdueStagesJob>().RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task The_daily_job_marks_an_overdue_stage_once_even_when_run_twice()
    {
        var id = await Logged(Complaint("2025-02-03", "parent"));

        for (var run = 0; run < 2; run++)
        {
            await using var scope = api.Factory.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Participation.Modules.Complaints.Infrastructure.MarkOverdueStagesJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal(1L, await Scalar("SELECT count(*) FROM complaints.outbox_messages WHERE type LIKE '%ComplaintStageOverdue' AND content::jsonb->>'complaintId' = $1", id.ToString()));
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM complaints.complaints WHERE id = $1 AND stage1_overdue_on IS NOT NULL", id));
        using var connection = api.Factory.Services.GetRequiredService<Hangfire.JobStorage>().GetConnection();
        var job = Assert.Single(Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection), recurring => recurring.Id == "complaints:mark-overdue-stages");
        Assert.Equal("Europe/London", job.TimeZoneId);
    }

    [Theory]
    [InlineData("no-such-area", null, "serviceArea")]
    [InlineData("children-in-care", "corporate", "procedure")]
    public async Task Bad_intake_is_400_naming_the_field(string serviceArea, string? procedure, string field)
    {
        var response = await _officer.PostAsJsonAsync(Complaints, Complaint(serviceArea: serviceArea, procedure: procedure));

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task A_complaint_chosen_under_the_SPSO_model_runs_on_its_clocks()
    {
        var complaint = await (await _officer.PostAsJsonAsync(Complaints, Complaint("2024-03-28", "parent", procedure: "spso-model"))).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal("spso-model", complaint.GetProperty("procedure").GetString());
        Assert.Equal(5, complaint.GetProperty("stage1").GetProperty("workingDays").GetInt32());
        Assert.Equal("2024-04-08", complaint.GetProperty("stage1").GetProperty("dueDate").GetString());
    }

    [Fact]
    public async Task A_late_complaint_without_a_decision_is_422()
    {
        var response = await _officer.PostAsJsonAsync(Complaints, Complaint(receivedOn: "2026-11-02", groundsOn: "2025-09-01"));

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "complaints.late-without-decision");
    }

    [Fact]
    public async Task Reading_a_complaint_is_audited_and_a_change_needs_its_current_version()
    {
        var id = await Logged(Complaint(kind: "parent"));
        var read = await _officer.GetAsync(new Uri($"{Complaints}/{id}", UriKind.Relative));
        var offer = new HttpRequestMessage(HttpMethod.Post, $"{Complaints}/{id}/advocacy-offers") { Content = JsonContent.Create(new { offeredOn = "2024-03-29" }) };
        offer.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await _officer.SendAsync(offer)).StatusCode);

        var extension = new { workingDays = 20, reason = "x", decidedOn = "2024-04-02" };
        var missing = await (await _officer.PostAsJsonAsync($"{Complaints}/{id}/extensions", extension)).ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        Assert.Contains("If-Match", missing.GetProperty("title").GetString(), StringComparison.Ordinal);
        var stale = new HttpRequestMessage(HttpMethod.Post, $"{Complaints}/{id}/extensions") { Content = JsonContent.Create(extension) };
        stale.Headers.IfMatch.Add(read.Headers.ETag!);
        await (await _officer.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        var audit = await api.Factory.Client(Roles.Administrator).GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?recordId={id}&operation=GetComplaint");
        Assert.Single(audit.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_change_stored_only_in_a_stage_2_table_moves_the_complaints_version_so_a_second_change_on_the_same_version_is_refused()
    {
        var id = await Logged(Complaint("2024-04-22", "parent"));
        var resource = $"{Complaints}/{id}";
        await _officer.PostStepAsync(resource, "responses", new { respondedOn = "2024-05-02", findings = new[] { new { point = 1, finding = "not-upheld" }, new { point = 2, finding = "not-upheld" } } });
        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync(resource, "escalations", new { requestedOn = "2024-05-31", investigatingOfficer = "A. Officer", independentPerson = "B. Independent" })).StatusCode);
        var before = (await _officer.GetAsync(new Uri(resource, UriKind.Relative))).Headers.ETag!;

        // Two officers extend stage 2 from the same version at once: one extension, the other told the complaint changed.
        var extensions = await Task.WhenAll(new[] { 40, 65 }.Select(async workingDays =>
        {
            using var extension = new HttpRequestMessage(HttpMethod.Post, $"{resource}/extensions") { Content = JsonContent.Create(new { workingDays, reason = "Several services", decidedOn = "2024-06-10" }) };
            extension.Headers.IfMatch.Add(before);
            return (await _officer.SendAsync(extension)).StatusCode;
        }));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], extensions.Order());
        using var poll = new HttpRequestMessage(HttpMethod.Get, resource);
        poll.Headers.IfNoneMatch.Add(before);
        Assert.Equal(HttpStatusCode.OK, (await _officer.SendAsync(poll)).StatusCode);
    }

    [Fact]
    public async Task An_extension_beyond_a_year_or_a_null_finding_is_a_validation_problem_naming_the_field()
    {
        var id = await Logged(Complaint(kind: "parent"));
        var resource = $"{Complaints}/{id}";

        await (await _officer.PostStepAsync(resource, "extensions", new { workingDays = 100_000, reason = "Records", decidedOn = "2024-04-02" })).ShouldBeValidationProblemFor("workingDays");
        await (await _officer.PostStepAsync(resource, "responses", new { respondedOn = "2024-04-10", findings = new object?[] { new { point = 1, finding = "upheld" }, null } })).ShouldBeValidationProblemFor("findings[1]");
        Assert.Equal("stage1", (await _officer.GetFromJsonAsync<JsonElement>(resource)).GetProperty("status").GetString());
    }

    private async Task<Guid> Logged(object complaint) =>
        (await (await _officer.PostAsJsonAsync(Complaints, complaint)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

    [Fact]
    public async Task Work_queue_items_carry_their_etag_and_calendar_and_filter_by_received_date()
    {
        var officer = api.Factory.Client(Roles.ComplaintsOfficer);
        var logged = await officer.PostAsJsonAsync("/api/v1/complaints", new
        {
            receivedOn = "2024-03-28", channel = "email", complainantKind = "parent", onBehalfOfChild = false,
            serviceArea = "fostering", category = "Communication", summary = "Queue item", points = new[] { "Point" },
        });
        var id = (await logged.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var page = await officer.GetFromJsonAsync<JsonElement>("/api/v1/complaints?receivedFrom=2024-03-28&receivedTo=2024-03-28&pageSize=500");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray(), entry => entry.GetProperty("id").GetGuid() == id);
        var single = await officer.GetAsync(new Uri($"/api/v1/complaints/{id}", UriKind.Relative));

        Assert.Equal(single.Headers.ETag!.ToString(), item.GetProperty("etag").GetString());
        Assert.Equal("england-and-wales", item.GetProperty("stage1").GetProperty("calendar").GetString());
        Assert.DoesNotContain((await officer.GetFromJsonAsync<JsonElement>("/api/v1/complaints?receivedTo=2024-03-27&pageSize=500")).GetProperty("items").EnumerateArray(), entry => entry.GetProperty("id").GetGuid() == id);
        await (await officer.GetAsync(new Uri("/api/v1/complaints?receivedFrom=2024-04-01&receivedTo=2024-03-01", UriKind.Relative))).ShouldBeValidationProblemFor("receivedTo");
    }

    [Fact]
    public async Task Compliments_are_listed_in_the_order_recorded_and_filtered()
    {
        var officer = api.Factory.Client(Roles.ComplaintsOfficer);
        foreach (var day in new[] { "2024-05-01", "2024-05-02", "2024-06-01" })
        {
            await officer.PostAsJsonAsync("/api/v1/compliments", new { receivedOn = day, audience = "parent", channel = "letter", serviceArea = "adoption", summary = "Thank you" });
        }

        var first = await officer.GetFromJsonAsync<JsonElement>("/api/v1/compliments?serviceArea=adoption&receivedFrom=2024-05-01&receivedTo=2024-05-31&pageSize=1");
        var second = await officer.GetFromJsonAsync<JsonElement>($"/api/v1/compliments?serviceArea=adoption&receivedFrom=2024-05-01&receivedTo=2024-05-31&pageSize=1&cursor={first.GetProperty("nextCursor").GetString()}");

        Assert.Equal("2024-05-01", first.GetProperty("items")[0].GetProperty("receivedOn").GetString());
        Assert.Equal("2024-05-02", second.GetProperty("items")[0].GetProperty("receivedOn").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("nextCursor").ValueKind);
    }

    private async Task<long> Scalar(string sql, object parameter) => (long)(await api.Factory.ScalarAsync(sql, parameter))!;
}
