using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A small questionnaire designed, published and sent through the API, as a participation officer would.</summary>
public static class SurveyScenarios
{
    public const string SurveysPath = "/api/v1/surveys";

    /// <summary>Designs and publishes <see cref="Questionnaire"/>, in other words too if given; its id.</summary>
    public static async Task<Guid> PublishedSurveyAsync(this ParticipationApiFactory api, bool anonymous, params object[] variants)
    {
        ArgumentNullException.ThrowIfNull(api);
        var officer = api.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(SurveysPath, Questionnaire(anonymous, variants));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The respondent API route of a link's token.</summary>
    public static string RespondRoute(string token) => $"/api/v1/respond/{token}";

    /// <summary>Issues links to the survey; the respondent API route of each.</summary>
    public static async Task<List<string>> IssueLinksAsync(this ParticipationApiFactory api, Guid survey, object request)
    {
        ArgumentNullException.ThrowIfNull(api);
        var response = await api.Client(Roles.ParticipationOfficer).PostAsJsonAsync($"{SurveysPath}/{survey}/invitations", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Select(item => RespondRoute(item.GetProperty("token").GetString()!))];
    }

    /// <summary>Answers to <see cref="Questionnaire"/>: a rating of 1 to 3, and words (asked only after a 1 or 2).</summary>
    public static object Answers(string rating, string? words = null) =>
        new { version = 1, answers = words is null ? new object[] { new { question = 1, value = rating } } : [new { question = 1, value = rating }, new { question = 2, value = words }] };

    /// <summary><see cref="Questionnaire"/> in Welsh: the variant <c>cymraeg</c>.</summary>
    public static object Welsh => new
    {
        key = "cymraeg",
        language = "cy",
        title = "Sut aeth eich adolygiad?",
        questions = new object[]
        {
            new { text = "Faint ydych chi'n teimlo bod pobl yn gwrando arnoch chi?", labels = new[] { "Dim o gwbl", "Ychydig", "Llawer" } },
            new { text = "Beth fyddai'n gwneud pethau'n well?" },
        },
    };

    /// <summary>An event-triggered questionnaire for children: a three-point picture rating, then words if it was low.</summary>
    public static object Questionnaire(bool anonymous, params object[] variants) => new
    {
        title = "How was your review?",
        purpose = "event-triggered",
        audiences = new[] { "child-or-young-person" },
        serviceAreas = new[] { "children-in-care" },
        anonymous,
        opensOn = "2026-01-01",
        questions = new object[]
        {
            new
            {
                kind = "rating-scale", text = "How much do you feel listened to?", required = true,
                scale = new[] { new { value = 1, label = "Not at all", iconKey = "face-sad" }, new { value = 2, label = "A bit", iconKey = "face-neutral" }, new { value = 3, label = "A lot", iconKey = "face-happy" } },
            },
            new { kind = "free-text", text = "What would make things better?", required = true, maxLength = 500, showIf = new { question = 1, answers = new[] { "1", "2" } } },
        },
        variants,
    };
}
