using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>Seven people answer an identified survey through their links; its results are counted with small numbers withheld.</summary>
public sealed class SurveyResultsTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Surveys = "/api/v1/surveys";

    [Fact]
    public async Task Results_withhold_small_cells_and_what_would_give_them_away_and_show_free_text_only_to_officers_and_managers()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(Surveys, new
        {
            title = "After your placement started",
            purpose = "event-triggered",
            audiences = new[] { "child-or-young-person" },
            serviceAreas = new[] { "fostering" },
            anonymous = false,
            opensOn = "2026-01-01",
            questions = new object[]
            {
                new { kind = "rating-scale", text = "How settled do you feel?", required = true, scale = new[] { new { value = 1, label = "Not yet", iconKey = "cloud" }, new { value = 2, label = "A bit", iconKey = "sun-cloud" }, new { value = 3, label = "Very", iconKey = "sun" } } },
                new { kind = "yes-partly-no", text = "Did you meet your carers before you moved?", required = true },
                new { kind = "free-text", text = "Anything else?", required = false, maxLength = 500 },
                new { kind = "multiple-choice", text = "Who helped?", required = false, options = new[] { new { code = "social-worker", label = "My social worker" }, new { code = "carer", label = "My carer" } } },
            },
        });
        var survey = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(survey, "publications")).StatusCode);
        var issued = await officer.PostAsJsonAsync($"{survey}/invitations", new { kind = "single-use", recipients = Enumerable.Range(1, 7).Select(number => new { caseReference = $"C-{number}" }) });
        var links = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(item => SurveyScenarios.RespondRoute(item.GetProperty("token").GetString()!)).ToList();

        // Ratings 3, 3, 3, 3, 3, 2, 1; yes six times and no once; two wrote something; five ticked the social worker, two the carer too.
        string[] ratings = ["3", "3", "3", "3", "3", "2", "1"];
        for (var person = 0; person < 7; person++)
        {
            var answers = new List<object> { new { question = 1, value = ratings[person] }, new { question = 2, value = person == 6 ? "no" : "yes" } };
            if (person < 2)
            {
                answers.Add(new { question = 3, value = $"Thank you, person {person}" });
            }

            if (person < 5)
            {
                answers.Add(new { question = 4, values = person < 2 ? new[] { "social-worker", "carer" } : ["social-worker"] });
            }

            Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(links[person], new { version = 1, answers })).StatusCode);
        }

        var results = await officer.GetFromJsonAsync<JsonElement>($"{survey}/results");
        Assert.Equal(7, results.GetProperty("respondents").GetProperty("value").GetInt32());
        Assert.Equal(7, results.GetProperty("byChannel").GetProperty("online-form").GetProperty("value").GetInt32());
        var questions = results.GetProperty("questions");

        // Two small cells hide each other; the shown one's share is over the seven who answered.
        Assert.Equal([("1", null, "small"), ("2", null, "small"), ("3", 5, null)], Cells(questions[0]));
        Assert.Equal(71.4, questions[0].GetProperty("answers")[2].GetProperty("share").GetProperty("value").GetDouble());
        // One small cell ("no", 1) would be 7 - 6 - 0: the six is withheld to protect it, and so is its share.
        Assert.Equal([("yes", null, "protecting"), ("partly", 0, null), ("no", null, "small")], Cells(questions[1]));
        Assert.Equal("protecting", questions[1].GetProperty("answers")[0].GetProperty("share").GetProperty("suppressed").GetString());
        // Free text: two answers, withheld as a count, their words shown to a participation officer with nothing to say whose.
        Assert.Equal("small", questions[2].GetProperty("answered").GetProperty("suppressed").GetString());
        Assert.Equal(["Thank you, person 0", "Thank you, person 1"], questions[2].GetProperty("texts").EnumerateArray().Select(text => text.GetString()).Order());
        // Ticks overlap, so each option stands alone.
        Assert.Equal([("social-worker", 5, null), ("carer", null, "small")], Cells(questions[3]));

        var analysts = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>($"{survey}/results?version=1");
        Assert.Equal(JsonValueKind.Null, analysts.GetProperty("questions")[2].GetProperty("texts").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(new Uri($"{survey}/results?version=2", UriKind.Relative))).StatusCode);
        Assert.True((long)(await api.Factory.ScalarAsync("SELECT count(*) FROM audit.audit_events WHERE operation = 'GetSurveyResults'"))! >= 2);
    }

    [Fact]
    public async Task Results_count_only_the_audience_cohort_or_service_area_asked_for_and_voices_carry_them_with_the_rating()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(Surveys, new
        {
            title = "Your views on family time",
            purpose = "annual",
            audiences = new[] { "child-or-young-person", "foster-carer" },
            serviceAreas = new[] { "children-in-care", "fostering" },
            anonymous = true,
            opensOn = "2026-01-01",
            questions = new object[]
            {
                new { kind = "rating-scale", text = "How good is family time?", required = true, scale = new[] { new { value = 1, label = "Bad", iconKey = "face-sad" }, new { value = 2, label = "OK", iconKey = "face-neutral" }, new { value = 3, label = "Good", iconKey = "face-happy" } } },
            },
        });
        var survey = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(survey, "publications")).StatusCode);

        // With two audiences and two service areas, links must say whose they are.
        await (await officer.PostAsJsonAsync($"{survey}/invitations", new { kind = "open" })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.respondent-audience");
        await (await officer.PostAsJsonAsync($"{survey}/invitations", new { kind = "open", respondent = new { audience = "child-or-young-person", serviceArea = "adoption" } }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.respondent-service-area");
        var children = await OpenLinkAsync(officer, survey, new { audience = "child-or-young-person", serviceArea = "children-in-care", cohorts = new[] { "looked-after-children" } });
        var carers = await OpenLinkAsync(officer, survey, new { audience = "foster-carer", serviceArea = "fostering", cohorts = Array.Empty<string>() });
        foreach (var (link, rating) in Enumerable.Repeat((children, "3"), 6).Concat(Enumerable.Repeat((carers, "1"), 5)))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(link, new { version = 1, answers = new[] { new { question = 1, value = rating } } })).StatusCode);
        }

        var entered = await officer.PostAsJsonAsync($"{survey}/responses", new { version = 1, channel = "paper-form", respondent = new { audience = "foster-carer", serviceArea = "fostering" }, answers = new[] { new { question = 1, value = "2" } } });
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);

        Assert.Equal(12, await Respondents(officer, $"{survey}/results"));
        Assert.Equal(6, await Respondents(officer, $"{survey}/results?audience=child-or-young-person"));
        Assert.Equal(6, await Respondents(officer, $"{survey}/results?cohort=looked-after-children"));
        Assert.Equal(6, await Respondents(officer, $"{survey}/results?serviceArea=fostering"));
        Assert.Equal(0, await Respondents(officer, $"{survey}/results?audience=foster-carer&cohort=looked-after-children"));
        await (await officer.GetAsync(new Uri($"{survey}/results?audience=carers", UriKind.Relative))).ShouldBeValidationProblemFor("audience");
        await (await officer.GetAsync(new Uri($"{survey}/results?cohort=everyone", UriKind.Relative))).ShouldBeValidationProblemFor("cohort");

        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        // Each voice counts under its own groups, its rating on 1 to 5 (3 of 3 is 5, 1 is 1, 2 is 3).
        Assert.Equal(
            "child-or-young-person|children-in-care|looked-after-children|5|6;foster-carer|fostering||1|5;foster-carer|fostering||3|1",
            await api.Factory.ScalarAsync(
                """
                SELECT string_agg(format('%s|%s|%s|%s|%s', audience, service_area, cohorts, rating, n), ';' ORDER BY audience, rating)
                FROM (SELECT audience, service_area, array_to_string(cohorts, ',') AS cohorts, rating, count(*) AS n
                      FROM reporting.voices WHERE source = 'survey' AND (audience, service_area) IN (('child-or-young-person', 'children-in-care'), ('foster-carer', 'fostering'))
                      GROUP BY 1, 2, 3, 4) AS grouped
                """));
    }

    [Fact]
    public async Task An_under_11_variant_is_answered_in_its_own_words_and_counted_with_the_standard_wording()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var questionnaire = new
        {
            title = "Your review",
            purpose = "event-triggered",
            audiences = new[] { "child-or-young-person" },
            serviceAreas = new[] { "residential-homes" },
            anonymous = true,
            opensOn = "2026-01-01",
            questions = new object[]
            {
                new { kind = "rating-scale", text = "How far were your views taken into account?", required = true, scale = new[] { new { value = 1, label = "Not at all", iconKey = "face-sad" }, new { value = 2, label = "Partly", iconKey = "face-neutral" }, new { value = 3, label = "Fully", iconKey = "face-happy" } } },
            },
            variants = new[] { new { key = "under-11", title = "Your meeting", questions = new[] { new { text = "Did people listen to you?", labels = new[] { "No", "A bit", "Yes" } } } } },
        };
        var badVariant = JsonSerializer.SerializeToNode(questionnaire)!;
        badVariant["variants"]![0]!["questions"] = new JsonArray();
        await (await officer.PostAsJsonAsync(Surveys, badVariant)).ShouldBeValidationProblemFor("variants[0].questions");

        var created = await officer.PostAsJsonAsync(Surveys, questionnaire);
        var survey = created.Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(survey, "publications")).StatusCode);
        await (await officer.PostAsJsonAsync($"{survey}/invitations", new { kind = "open", variant = "teenage" })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.unknown-variant");
        var younger = await OpenLinkAsync(officer, survey, null, "under-11");
        var standard = await OpenLinkAsync(officer, survey, null);

        var shown = await api.Factory.CreateClient().GetFromJsonAsync<JsonElement>(younger);
        Assert.Equal(("under-11", "Your meeting", "Did people listen to you?", "Yes"), (
            shown.GetProperty("variant").GetString(),
            shown.GetProperty("title").GetString(),
            shown.GetProperty("questions")[0].GetProperty("text").GetString(),
            shown.GetProperty("questions")[0].GetProperty("scale")[2].GetProperty("label").GetString()));
        Assert.Equal(JsonValueKind.Null, (await api.Factory.CreateClient().GetFromJsonAsync<JsonElement>(standard)).GetProperty("variant").ValueKind);
        foreach (var link in Enumerable.Repeat(younger, 5).Concat(Enumerable.Repeat(standard, 6)))
        {
            Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(link, new { version = 1, answers = new[] { new { question = 1, value = "3" } } })).StatusCode);
        }

        var results = await officer.GetFromJsonAsync<JsonElement>($"{survey}/results");
        Assert.Equal(11, results.GetProperty("respondents").GetProperty("value").GetInt32());
        Assert.Equal((5, 6), (results.GetProperty("byVariant").GetProperty("under-11").GetProperty("value").GetInt32(), results.GetProperty("byVariant").GetProperty("standard").GetProperty("value").GetInt32()));
        Assert.Equal([("1", 0, null), ("2", 0, null), ("3", 11, null)], Cells(results.GetProperty("questions")[0]));
    }

    private static async Task<string> OpenLinkAsync(HttpClient officer, string survey, object? respondent, string? variant = null)
    {
        var issued = await officer.PostAsJsonAsync($"{survey}/invitations", new { kind = "open", respondent, variant });
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return SurveyScenarios.RespondRoute((await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("token").GetString()!);
    }

    private static async Task<int?> Respondents(HttpClient client, string url)
    {
        var respondents = (await client.GetFromJsonAsync<JsonElement>(url)).GetProperty("respondents");
        return respondents.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : null;
    }

    private static List<(string, int?, string?)> Cells(JsonElement question) =>
        [.. question.GetProperty("answers").EnumerateArray().Select(answer => (
            answer.GetProperty("answer").GetString()!,
            answer.GetProperty("count").GetProperty("value") is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : (int?)null,
            answer.GetProperty("count").GetProperty("suppressed").GetString()))];
}
