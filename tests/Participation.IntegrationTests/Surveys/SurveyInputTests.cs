using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using static Participation.IntegrationTests.Surveys.SurveyScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>Input that would once have reached a varchar column or a null dereference is a 400 naming the field.</summary>
public sealed class SurveyInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    [Theory]
    [InlineData("title", "title")]
    [InlineData("null-scale-point", "questions[0].scale")]
    [InlineData("long-variant-key", "variants[0].key")]
    [InlineData("long-service-area", "serviceAreas[0]")]
    public async Task A_questionnaire_out_of_bounds_is_refused_naming_the_field(string change, string field)
    {
        var questionnaire = JsonSerializer.SerializeToNode(Questionnaire(anonymous: false, Welsh))!;
        switch (change)
        {
            case "title":
                questionnaire["title"] = new string('t', 201);
                break;
            case "null-scale-point":
                questionnaire["questions"]![0]!["scale"]!.AsArray().Insert(0, null);
                break;
            case "long-variant-key":
                questionnaire["variants"]![0]!["key"] = new string('k', 65);
                break;
            default:
                questionnaire["serviceAreas"] = new JsonArray(new string('s', 65));
                break;
        }

        await (await _officer.PostAsJsonAsync(SurveysPath, questionnaire)).ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task A_null_recipient_is_refused_and_an_expiry_in_summer_time_is_the_same_instant_in_utc()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var invitations = new Uri($"{SurveysPath}/{survey}/invitations", UriKind.Relative);
        await (await _officer.PostAsync(invitations, Json("""{"kind":"single-use","recipients":[null]}"""))).ShouldBeValidationProblemFor("recipients[0]");

        var issued = await _officer.PostAsync(invitations, Json("""{"kind":"single-use","expiresAt":"2027-06-30T23:59:59+01:00","recipients":[{"caseReference":"C-5501"}]}"""));

        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        Assert.Equal(
            new DateTimeOffset(2027, 6, 30, 22, 59, 59, TimeSpan.Zero),
            (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items")[0].GetProperty("expiresAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task A_null_among_a_multiple_choices_values_is_no_option()
    {
        var questionnaire = JsonSerializer.SerializeToNode(Questionnaire(anonymous: true))!;
        questionnaire["questions"] = new JsonArray(JsonSerializer.SerializeToNode(new
        {
            kind = "multiple-choice", text = "Who helped?", required = true,
            options = new[] { new { code = "social-worker", label = "My social worker" }, new { code = "carer", label = "My carer" } },
        }));
        var created = await _officer.PostAsJsonAsync(SurveysPath, questionnaire);
        Assert.Equal(HttpStatusCode.Created, (await _officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var link = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];

        var answered = await api.Factory.CreateClient().PostAsync(new Uri(link, UriKind.Relative), Json("""{"version":1,"answers":[{"question":1,"values":["carer",null]}]}"""));

        await answered.ShouldBeValidationProblemFor("answers[0].values");
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
