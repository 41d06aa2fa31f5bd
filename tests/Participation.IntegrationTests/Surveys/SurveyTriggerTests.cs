using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using static Participation.IntegrationTests.Surveys.SurveyScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A clock that stands still where it is set, forwards or back.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A host whose clock stands at 10:00 UTC on Monday 4 January 2027 unless a test moves it.</summary>
public sealed class FixedClockFixture : ApiFixture
{
    public StoppedClock Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.Zero));

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString) { ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock) };
}

/// <summary>Case events from the case-management system schedule the questionnaires their rules name, once per event id.</summary>
public sealed class SurveyTriggerTests(FixedClockFixture api) : IClassFixture<FixedClockFixture>
{
    private const string Triggers = "/api/v1/partner/survey-triggers";

    [Fact]
    public async Task A_trigger_posted_twice_creates_one_invitation_and_the_repeat_returns_the_same_link()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        await AddRuleAsync(survey, "looked-after-review-booked", new { amount = 10, unit = "working-days", direction = "before" }, linkLifetimeDays: 14);
        var partner = await PartnerAsync("Case system A");
        var caseEvent = new { eventId = "LAR-1", @event = "looked-after-review-booked", eventDate = "2027-01-29", caseReference = "C-4410" };

        var first = await partner.PostAsJsonAsync(Triggers, caseEvent);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var scheduled = Assert.Single(Invitations(await first.Content.ReadFromJsonAsync<JsonElement>(), survey));
        // Ten working days before Friday 29 January is Friday 15 January; open for 14 days from then.
        Assert.Equal("2027-01-15", scheduled.GetProperty("opensOn").GetString());
        Assert.Equal(new DateTimeOffset(2027, 1, 29, 0, 0, 0, TimeSpan.Zero), scheduled.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal("C-4410", scheduled.GetProperty("caseReference").GetString());

        var repeat = await partner.PostAsJsonAsync(Triggers, caseEvent);
        Assert.Equal(HttpStatusCode.OK, repeat.StatusCode);
        var again = await repeat.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(again.GetProperty("repeated").GetBoolean());
        Assert.Equal(scheduled.GetProperty("token").GetString(), Assert.Single(Invitations(again, survey)).GetProperty("token").GetString());
        Assert.Equal($"/respond/{scheduled.GetProperty("token").GetString()}", scheduled.GetProperty("link").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1", survey));
        // The event row keeps no case reference, the invitation only the token's hash.
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_events WHERE row_to_json(case_events)::text LIKE '%C-4410%'"));

        await (await partner.PostAsJsonAsync(Triggers, caseEvent with { eventDate = "2027-02-05" })).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.event-id-reused");
        // Before its day the link does not open.
        await (await api.Factory.CreateClient().GetAsync(new Uri(RespondRoute(scheduled.GetProperty("token").GetString()!), UriKind.Relative))).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.link-not-open-yet");
    }

    [Fact]
    public async Task An_adoption_placement_schedules_the_invitation_three_months_later_and_it_opens_that_day()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        await AddRuleAsync(survey, "adoption-placement-made", new { amount = 3, unit = "months", direction = "after" }, linkLifetimeDays: 28);
        var partner = await PartnerAsync("Case system B");

        var response = await partner.PostAsJsonAsync(Triggers, new { eventId = "ADP-77", @event = "adoption-placement-made", eventDate = "2026-11-30", caseReference = "F-901" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var scheduled = Assert.Single(Invitations(await response.Content.ReadFromJsonAsync<JsonElement>(), survey));
        // 30 November plus three months is the last day of February.
        Assert.Equal("2027-02-28", scheduled.GetProperty("opensOn").GetString());
        // An anonymous survey's link names no case.
        Assert.Equal(JsonValueKind.Null, scheduled.GetProperty("caseReference").ValueKind);
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND case_reference IS NOT NULL", survey));

        var link = new Uri(RespondRoute(scheduled.GetProperty("token").GetString()!), UriKind.Relative);
        var respondent = api.Factory.CreateClient();
        await (await respondent.GetAsync(link)).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.link-not-open-yet");
        var now = api.Clock.Now;
        try
        {
            api.Clock.Now = new DateTimeOffset(2027, 2, 28, 9, 0, 0, TimeSpan.Zero);
            Assert.Equal(HttpStatusCode.OK, (await respondent.GetAsync(link)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await respondent.PostAsJsonAsync(link, Answers(rating: "3"))).StatusCode);
            // Answered, an anonymous survey's link forgets the event (and so the case) that scheduled it.
            Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND case_event_id IS NOT NULL", survey));
            // Nor can it be found again by the instant it was made, which was the instant the event came.
            Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations i JOIN surveys.case_events e ON e.received_at = i.created_at WHERE i.survey_id = $1", survey));
        }
        finally
        {
            api.Clock.Now = now;
        }
    }

    [Fact]
    public async Task Each_partners_event_ids_are_its_own_and_rules_that_cannot_send_say_why()
    {
        var published = await api.Factory.PublishedSurveyAsync(anonymous: false);
        await AddRuleAsync(published, "foster-carer-leaving", new { amount = 0, unit = "days", direction = "after" }, linkLifetimeDays: 30);
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var draft = (await (await officer.PostAsJsonAsync(SurveysPath, Questionnaire(anonymous: false))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AddRuleAsync(draft, "foster-carer-leaving", new { amount = 0, unit = "days", direction = "after" }, linkLifetimeDays: 30);
        var caseEvent = new { eventId = "FC-1", @event = "foster-carer-leaving", eventDate = "2027-01-04", caseReference = (string?)null };

        var first = await (await PartnerAsync("Case system C")).PostAsJsonAsync(Triggers, caseEvent);
        var second = await (await PartnerAsync("Case system D")).PostAsJsonAsync(Triggers, caseEvent);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created], [first.StatusCode, second.StatusCode]);
        var receipt = await first.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2027-01-04", Assert.Single(Invitations(receipt, published)).GetProperty("opensOn").GetString());
        var notSent = Assert.Single(receipt.GetProperty("notSent").EnumerateArray(), item => item.GetProperty("surveyId").GetGuid() == draft);
        Assert.Equal("survey-not-published", notSent.GetProperty("reason").GetString());
        Assert.Equal(2L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1", published));
    }

    [Fact]
    public async Task A_survey_for_several_groups_is_sent_only_when_the_event_says_which_and_the_link_carries_them()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var twoAreas = JsonSerializer.SerializeToNode(Questionnaire(anonymous: false))!;
        twoAreas["serviceAreas"] = new System.Text.Json.Nodes.JsonArray("children-in-care", "leaving-care");
        var created = await officer.PostAsJsonAsync(SurveysPath, twoAreas);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        await AddRuleAsync(survey, "placement-started", new { amount = 0, unit = "days", direction = "after" }, linkLifetimeDays: 30);
        var partner = await PartnerAsync("Case system F");

        var unsaid = await (await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-1", @event = "placement-started", eventDate = "2027-01-04" })).Content.ReadFromJsonAsync<JsonElement>();
        var said = await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-2", @event = "placement-started", eventDate = "2027-01-04", respondent = new { serviceArea = "leaving-care", cohorts = new[] { "care-leavers" } } });

        Assert.Equal("respondent-group-unknown", Assert.Single(unsaid.GetProperty("notSent").EnumerateArray(), item => item.GetProperty("surveyId").GetGuid() == survey).GetProperty("reason").GetString());
        Assert.Single(Invitations(await said.Content.ReadFromJsonAsync<JsonElement>(), survey));
        Assert.Equal("child-or-young-person|leaving-care|{care-leavers}", await api.Factory.ScalarAsync("SELECT audience || '|' || service_area || '|' || cohorts::text FROM surveys.invitations WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Events_and_rules_are_checked_with_problems_naming_the_field()
    {
        var partner = await PartnerAsync("Case system E");
        await (await partner.PostAsJsonAsync(Triggers, new { @event = "placement-started", eventDate = "2027-01-04" })).ShouldBeValidationProblemFor("eventId");
        await (await partner.PostAsJsonAsync(Triggers, new { eventId = "X", @event = "birthday", eventDate = "2027-01-04" })).ShouldBeValidationProblemFor("event");
        await (await partner.PostAsJsonAsync(Triggers, new { eventId = "X", @event = "placement-started", eventDate = "0001-01-01" })).ShouldBeValidationProblemFor("eventDate");

        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        await (await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/triggers", new { @event = "placement-started", timing = new { amount = 13, unit = "months", direction = "after" }, linkLifetimeDays = 30 }))
            .ShouldBeValidationProblemFor("timing.amount");
        await (await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/triggers", new { @event = "placement-started", timing = new { amount = 1, unit = "months", direction = "after" }, linkLifetimeDays = 0 }))
            .ShouldBeValidationProblemFor("linkLifetimeDays");

        var rule = await AddRuleAsync(survey, "placement-started", new { amount = 1, unit = "months", direction = "after" }, linkLifetimeDays: 30);
        Assert.Equal(rule, (await officer.GetFromJsonAsync<JsonElement>($"{SurveysPath}/{survey}/triggers")).GetProperty("items")[0].GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NoContent, (await officer.DeleteAsync(new Uri($"{SurveysPath}/{survey}/triggers/{rule}", UriKind.Relative))).StatusCode);
        Assert.Equal(0, (await officer.GetFromJsonAsync<JsonElement>($"{SurveysPath}/{survey}/triggers")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Only_event_triggered_surveys_take_trigger_rules()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var annual = JsonSerializer.SerializeToNode(Questionnaire(anonymous: true))!;
        annual["purpose"] = "annual";
        var survey = (await (await officer.PostAsJsonAsync(SurveysPath, annual)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await (await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/triggers", new { @event = "placement-started", timing = new { amount = 1, unit = "days", direction = "after" }, linkLifetimeDays = 30 }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.not-event-triggered");
    }

    [Fact]
    public async Task A_rule_chooses_the_wording_by_the_respondents_age_and_language_and_the_link_opens_in_it()
    {
        var underEleven = new { key = "under-11", title = "Your review", questions = new object[] { new { text = "Did people listen to you?" }, new { text = "What would help?" } } };
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false, underEleven, Welsh);
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var rules = $"{SurveysPath}/{survey}/triggers";
        var timing = new { amount = 0, unit = "days", direction = "after" };
        await (await officer.PostAsJsonAsync(rules, new { @event = "placement-started", timing, linkLifetimeDays = 30, wordings = new[] { new { variant = "teenage" } } }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.unknown-variant");
        await (await officer.PostAsJsonAsync(rules, new { @event = "placement-started", timing, linkLifetimeDays = 30, wordings = new[] { new { variant = "under-11", fromAge = 10, toAge = 8 } } }))
            .ShouldBeValidationProblemFor("wordings[0].toAge");
        await (await officer.PostAsJsonAsync(rules, new { @event = "placement-started", timing, linkLifetimeDays = 30, wordings = new[] { new { variant = "under-11", toAge = 99 } } }))
            .ShouldBeValidationProblemFor("wordings[0].toAge");
        await (await officer.PostAsJsonAsync(rules, new { @event = "placement-started", timing, linkLifetimeDays = 30, wordings = new[] { new { variant = "cymraeg", language = "cy\n" } } }))
            .ShouldBeValidationProblemFor("wordings[0].language");
        var created = await officer.PostAsJsonAsync(rules, new
        {
            @event = "placement-started", timing, linkLifetimeDays = 30,
            wordings = new object[] { new { variant = "cymraeg", language = "cy" }, new { variant = "under-11", toAge = 10 } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(2, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("wordings").GetArrayLength());
        var partner = await PartnerAsync("Case system G");
        await (await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-9", @event = "placement-started", eventDate = "2027-01-04", respondentAge = 26 })).ShouldBeValidationProblemFor("respondentAge");
        await (await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-9", @event = "placement-started", eventDate = "2027-01-04", language = "Welsh" })).ShouldBeValidationProblemFor("language");

        async Task<(string? Variant, string? Language)> OpenedAsync(string eventId, int? respondentAge, string? language)
        {
            var posted = await partner.PostAsJsonAsync(Triggers, new { eventId, @event = "placement-started", eventDate = "2027-01-04", respondentAge, language });
            var scheduled = Assert.Single(Invitations(await posted.Content.ReadFromJsonAsync<JsonElement>(), survey));
            var opened = await api.Factory.CreateClient().GetFromJsonAsync<JsonElement>(RespondRoute(scheduled.GetProperty("token").GetString()!));
            Assert.Equal(scheduled.GetProperty("variant").GetString(), opened.GetProperty("variant").GetString());
            return (opened.GetProperty("variant").GetString(), opened.GetProperty("language").GetString());
        }

        // The first wording that suits wins; an age not given meets no age condition; none suiting, the standard words.
        Assert.Equal(("cymraeg", "cy"), await OpenedAsync("PS-10", 8, "cy"));
        Assert.Equal(("under-11", null), await OpenedAsync("PS-14", 8, null));
        Assert.Equal(("cymraeg", "cy"), await OpenedAsync("PS-11", 14, "cy"));
        Assert.Equal(("cymraeg", "cy"), await OpenedAsync("PS-12", null, "cy"));
        Assert.Equal((null, null), await OpenedAsync("PS-13", 14, null));
        // A link that is not open yet says so in its own language, with the day in Welsh.
        var early = await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-15", @event = "placement-started", eventDate = "2027-01-29", language = "cy" });
        var notYet = await api.Factory.CreateClient().GetAsync(new Uri($"/respond/{Assert.Single(Invitations(await early.Content.ReadFromJsonAsync<JsonElement>(), survey)).GetProperty("token").GetString()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Conflict, notYet.StatusCode);
        var page = WebUtility.HtmlDecode(await notYet.Content.ReadAsStringAsync());
        Assert.Contains("<html lang=\"cy\">", page, StringComparison.Ordinal);
        Assert.Contains("Mae'r ddolen hon yn agor ar 29 Ionawr 2027.", page, StringComparison.Ordinal);

        // The age and language are part of what the event said: the same id with another age is another event.
        await (await partner.PostAsJsonAsync(Triggers, new { eventId = "PS-10", @event = "placement-started", eventDate = "2027-01-04", respondentAge = 12, language = "cy" }))
            .ShouldBreakRule(HttpStatusCode.Conflict, "surveys.event-id-reused");
    }

    private static IEnumerable<JsonElement> Invitations(JsonElement receipt, Guid survey) =>
        receipt.GetProperty("invitations").EnumerateArray().Where(item => item.GetProperty("surveyId").GetGuid() == survey);

    private async Task<Guid> AddRuleAsync(Guid survey, string caseEvent, object timing, int linkLifetimeDays)
    {
        var response = await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync($"{SurveysPath}/{survey}/triggers", new { @event = caseEvent, timing, linkLifetimeDays });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<HttpClient> PartnerAsync(string name) =>
        api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider(name), "surveys:trigger")).Key);
}
