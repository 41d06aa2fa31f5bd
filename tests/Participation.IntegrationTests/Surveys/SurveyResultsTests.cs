using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
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

    private static List<(string, int?, string?)> Cells(JsonElement question) =>
        [.. question.GetProperty("answers").EnumerateArray().Select(answer => (
            answer.GetProperty("answer").GetString()!,
            answer.GetProperty("count").GetProperty("value") is { ValueKind: JsonValueKind.Number } value ? value.GetInt32() : (int?)null,
            answer.GetProperty("count").GetProperty("suppressed").GetString()))];
}
