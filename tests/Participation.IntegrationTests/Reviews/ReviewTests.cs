using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Forums;
using Participation.IntegrationTests.Infrastructure;
using static Participation.IntegrationTests.Reviews.ReviewScenarios;

namespace Participation.IntegrationTests.Reviews;

public sealed class ReviewTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ReviewingOfficer);

    [Fact]
    public async Task The_code_is_derived_from_the_facts_recorded_and_a_correction_derives_it_again()
    {
        var created = await _officer.CreatedAsync(ReviewsPath, Review("LAC-1", "2026-06-01", Facts(attended: false, views: ["briefed-advocate"], offered: true, used: true), age: 15));
        Assert.Equal("PN5", created.GetProperty("participationCode").GetString());
        var resource = $"{ReviewsPath}/{created.GetProperty("id").GetGuid()}";
        using var stale = await _officer.GetAsync(new Uri(resource, UriKind.Relative));

        var corrected = await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Review("LAC-1", "2026-06-01", Facts(attended: true, views: ["symbolically"]), age: 15));

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("PN3", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participationCode").GetString());
        using var late = new HttpRequestMessage(HttpMethod.Put, resource) { Content = JsonContent.Create(Review("LAC-1", "2026-06-01", Facts(attended: true, views: ["spoke-for-themselves"]), age: 15)) };
        late.Headers.IfMatch.Add(stale.Headers.ETag!);
        await (await _officer.SendAsync(late)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task A_review_is_one_voice_in_reporting_with_no_child_reference_and_a_correction_updates_it()
    {
        var created = await _officer.CreatedAsync(ReviewsPath, Review("LAC-REPORTED", "2026-06-03", Facts(attended: false, views: ["not-conveyed"], feltHelped: "not-asked"), age: 13));
        var id = created.GetProperty("id").GetGuid();
        var resource = $"{ReviewsPath}/{id}";
        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("Reviews", CancellationToken.None);
        // Views that did not reach the meeting came by no channel.
        Assert.Equal("review|PN7||none", await api.Factory.ScalarAsync("SELECT source || '|' || outcome || '|' || coalesce(rating::text, '') || '|' || coalesce(channel, 'none') FROM reporting.voices WHERE id = $1", id));

        await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Review("LAC-REPORTED", "2026-06-03", Facts(attended: true, views: ["spoke-for-themselves"], feltHelped: "partly"), age: 13));
        await outbox.ProcessAsync("Reviews", CancellationToken.None);

        Assert.Equal("review|PN1|3|face-to-face", await api.Factory.ScalarAsync("SELECT source || '|' || outcome || '|' || rating || '|' || channel FROM reporting.voices WHERE id = $1", id));
        var message = (string)(await api.Factory.ScalarAsync("SELECT string_agg(content::text, '') FROM reviews.outbox_messages"))!;
        Assert.DoesNotContain("LAC-REPORTED", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_that_loses_a_race_to_create_its_voice_stays_pending_and_is_delivered_again()
    {
        var id = (await _officer.CreatedAsync(ReviewsPath, Review("LAC-RACED", "2026-06-05", Facts(attended: false, views: ["not-conveyed"]), age: 13))).GetProperty("id").GetGuid();
        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        // Another delivery creating the same voice, still uncommitted when this one looks for it and inserts its own.
        await using var rival = new Npgsql.NpgsqlConnection(api.Factory.OwnerConnectionString());
        await rival.OpenAsync();
        await using var racing = await rival.BeginTransactionAsync();
        await using (var insert = new Npgsql.NpgsqlCommand(
            "INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, outcome, source_changed_at, recorded_at) " +
            "VALUES ($1, 'review', '2026-06-05', 'children-in-care', 'child-or-young-person', '{}', 'face-to-face', '{}', false, 'PN0', '2000-01-01', now())", rival, racing))
        {
            insert.Parameters.Add(new() { Value = id });
            await insert.ExecuteNonQueryAsync();
        }

        var delivering = outbox.ProcessAsync("Reviews", CancellationToken.None);
        while (!delivering.IsCompleted && Convert.ToInt64(await api.Factory.ScalarAsync("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%voices%'"), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            await Task.Delay(20);
        }

        await racing.CommitAsync();
        await delivering;
        Assert.Equal("PN0|1", await api.Factory.ScalarAsync(
            "SELECT v.outcome || '|' || o.failed_attempts FROM reporting.voices v, reviews.outbox_messages o WHERE v.id = $1 AND o.processed_on IS NULL", id));

        await outbox.ProcessAsync("Reviews", CancellationToken.None);
        Assert.Equal("PN7", await api.Factory.ScalarAsync("SELECT outcome FROM reporting.voices WHERE id = $1", id));
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM reviews.outbox_messages WHERE processed_on IS NULL"));
    }

    [Fact]
    public async Task The_same_childs_looked_after_review_on_the_same_day_is_recorded_once()
    {
        await _officer.CreatedAsync(ReviewsPath, Review("LAC-TWICE", "2026-06-04", Facts(attended: true, views: ["spoke-for-themselves"])));

        var again = await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-TWICE", "2026-06-04", Facts(attended: true, views: ["symbolically"])));

        await again.ShouldBreakRule(HttpStatusCode.Conflict, "reviews.already-recorded");
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM reviews.reviews WHERE child_reference = 'LAC-TWICE'"));
    }

    [Fact]
    public async Task Officers_recording_the_same_review_at_once_get_one_record_and_the_rule_not_a_bare_conflict()
    {
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-RACE", "2026-06-05", Facts(attended: true, views: ["spoke-for-themselves"])))));

        Assert.Single(attempts, attempt => attempt.StatusCode == HttpStatusCode.Created);
        foreach (var lost in attempts.Where(attempt => attempt.StatusCode != HttpStatusCode.Created))
        {
            await lost.ShouldBreakRule(HttpStatusCode.Conflict, "reviews.already-recorded");
        }

        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM reviews.reviews WHERE child_reference = 'LAC-RACE'"));
    }

    [Fact]
    public async Task Contradictory_facts_are_a_422_naming_the_contradiction()
    {
        var response = await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-2", "2026-06-01", Facts(attended: false, views: ["spoke-for-themselves"])));

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "reviews.facts.spoke-without-attending");
    }

    [Fact]
    public async Task Other_meetings_have_no_code_and_an_age_out_of_range_is_a_400()
    {
        var conference = await _officer.CreatedAsync(ReviewsPath, Review("CP-1", "2026-06-01", Facts(attended: true, views: ["spoke-for-themselves"]), kind: "initial-child-protection-conference"));
        Assert.Equal(JsonValueKind.Null, conference.GetProperty("participationCode").ValueKind);

        await (await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-3", "2026-06-01", Facts(attended: true, views: ["spoke-for-themselves"]), age: 26))).ShouldBeValidationProblemFor("ageInYears");
        await (await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-3", "2026-06-01", Facts(attended: true, views: ["spoke-for-themselves"]), age: 18))).ShouldBeValidationProblemFor("ageInYears");
        // An id that a spreadsheet would run as a formula when it opens the SSDA903 file.
        await (await _officer.PostAsJsonAsync(ReviewsPath, Review("=HYPERLINK(\"http://example.org\")", "2026-06-01", Facts(attended: true, views: ["spoke-for-themselves"])))).ShouldBeValidationProblemFor("childReference");
        await (await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-3", "2026-06-01", Facts(attended: true, views: []), age: 9))).ShouldBeValidationProblemFor("facts.views");
    }

    [Fact]
    public async Task The_case_system_records_under_its_meeting_id_idempotently_and_no_other_partner_sees_it()
    {
        var system = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Case system (reviews)"), "reviews:write")).Key);
        var other = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Other system (reviews)"), "reviews:write")).Key);
        var body = Review("LAC-9", "2026-06-02", Facts(attended: false, views: ["other-medium"], formSent: true, formReturned: true), age: 11);

        var first = await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-77", body);
        var again = await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-77", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var stored = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("PN6", stored.GetProperty("participationCode").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM reviews.reviews WHERE meeting_id = 'MTG-77'"));
        // The same again recorded nothing and announced nothing.
        var id = stored.GetProperty("id").GetString();
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM reviews.outbox_messages WHERE content ->> 'reviewId' = $1", id!));
        await (await other.GetAsync(new Uri("/api/v1/partner/reviews/MTG-77", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        // A partner reading a child's review leaves the same trail as staff reading it.
        Assert.Equal(HttpStatusCode.OK, (await system.GetAsync(new Uri("/api/v1/partner/reviews/MTG-77", UriKind.Relative))).StatusCode);
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM audit.audit_events WHERE operation = 'GetPartnerReview' AND record_id = 'MTG-77' AND status = 200"));
        var corrected = await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-77", Review("LAC-9", "2026-06-02", Facts(attended: false, views: ["not-conveyed"]), age: 11));
        Assert.Equal("PN7", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participationCode").GetString());
    }

    [Fact]
    public async Task A_review_keeps_its_service_area_once_retired_through_a_correction_and_a_repeat_but_no_new_review_takes_it()
    {
        var administrator = api.Factory.Client(Roles.Administrator);
        var area = (await administrator.CreatedAsync("/api/v1/reference-data/service-areas", new { code = "retiring-reviews", name = "Retiring" })).GetProperty("id").GetGuid();
        var system = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Case system (retiring area)"), "reviews:write")).Key);
        var partnerBody = Review("LAC-R2", "2026-06-04", Facts(attended: true, views: ["spoke-for-themselves"]), serviceArea: "retiring-reviews");
        Assert.Equal(HttpStatusCode.Created, (await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-R", partnerBody)).StatusCode);
        var recorded = await _officer.CreatedAsync(ReviewsPath, Review("LAC-R1", "2026-06-04", Facts(attended: true, views: ["spoke-for-themselves"]), serviceArea: "retiring-reviews"));
        var resource = $"/api/v1/reference-data/service-areas/{area}";
        Assert.Equal(HttpStatusCode.OK, (await administrator.ChangeAsync(HttpMethod.Post, resource, $"{resource}/retirement")).StatusCode);

        var review = $"{ReviewsPath}/{recorded.GetProperty("id").GetGuid()}";
        var corrected = await _officer.ChangeAsync(HttpMethod.Put, review, review, Review("LAC-R1", "2026-06-04", Facts(attended: true, views: ["symbolically"]), serviceArea: "retiring-reviews"));
        var repeated = await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-R", partnerBody);

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("PN3", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("participationCode").GetString());
        Assert.Equal(HttpStatusCode.OK, repeated.StatusCode);
        await (await _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-R3", "2026-06-04", Facts(attended: true, views: ["spoke-for-themselves"]), serviceArea: "retiring-reviews"))).ShouldBeValidationProblemFor("serviceArea");
        await (await system.PutAsJsonAsync("/api/v1/partner/reviews/MTG-R4", Review("LAC-R4", "2026-06-04", Facts(attended: true, views: ["spoke-for-themselves"]), serviceArea: "retiring-reviews"))).ShouldBeValidationProblemFor("serviceArea");
    }

    [Fact]
    public async Task A_correction_racing_a_record_onto_the_childs_day_meets_the_rule_not_the_index()
    {
        var other = await _officer.CreatedAsync(ReviewsPath, Review("LAC-RACE-B", "2026-06-05", Facts(attended: true, views: ["spoke-for-themselves"])));
        var resource = $"{ReviewsPath}/{other.GetProperty("id").GetGuid()}";
        HttpResponseMessage recorded, corrected;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "reviews.reviews", "NEW.child_reference = 'LAC-RACE-A'", key: 424_244))
        {
            var recording = _officer.PostAsJsonAsync(ReviewsPath, Review("LAC-RACE-A", "2026-06-05", Facts(attended: true, views: ["spoke-for-themselves"])));
            await commits.CommitWaitingAsync("the record never reached its commit");
            var correcting = _officer.ChangeAsync(HttpMethod.Put, resource, resource, Review("LAC-RACE-A", "2026-06-05", Facts(attended: true, views: ["symbolically"])));
            await UniqueIndexWaitingAsync();
            await commits.ReleaseAsync();
            recorded = await recording;
            corrected = await correcting;
        }

        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        await corrected.ShouldBreakRule(HttpStatusCode.Conflict, "reviews.already-recorded");
    }

    /// <summary>Waits until a statement of this database waits on another transaction (the unique index's check on an uncommitted row).</summary>
    private Task UniqueIndexWaitingAsync()
    {
        const string waiting = """
            SELECT count(*) FROM pg_locks lock JOIN pg_stat_activity activity ON activity.pid = lock.pid
            WHERE lock.locktype = 'transactionid' AND NOT lock.granted AND activity.datname = current_database()
            """;
        return api.Factory.UntilCountedAsync(waiting, "the correction never waited on the record");
    }
}
