using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A survey designed as a draft, published as immutable versions, and refused when its shape is wrong.</summary>
public sealed class SurveyDesignTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Surveys = "/api/v1/surveys";

    [Fact]
    public async Task A_draft_is_published_as_v1_then_edited_into_v2_while_v1_keeps_its_wording()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(Surveys, Questionnaire("How much do you feel listened to?"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var survey = created.Headers.Location!.OriginalString;
        var draft = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, true), (draft.GetProperty("latestVersion").GetInt32(), draft.GetProperty("hasUnpublishedChanges").GetBoolean()));

        var v1 = await officer.PostStepAsync(survey, "publications");
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        Assert.EndsWith("/versions/1", v1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Nothing changed since: nothing to publish.
        await (await officer.PostStepAsync(survey, "publications")).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.nothing-to-publish");

        var revised = await ReviseAsync(officer, survey, Questionnaire("How well do people listen to you?"));
        Assert.Equal(HttpStatusCode.OK, revised.StatusCode);
        var v2 = await officer.PostStepAsync(survey, "publications");
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);

        var first = await officer.GetFromJsonAsync<JsonElement>($"{survey}/versions/1");
        var second = await officer.GetFromJsonAsync<JsonElement>($"{survey}/versions/2");
        Assert.Equal("How much do you feel listened to?", FirstQuestion(first));
        Assert.Equal("How well do people listen to you?", FirstQuestion(second));
        var now = await officer.GetFromJsonAsync<JsonElement>(survey);
        Assert.Equal((2, false), (now.GetProperty("latestVersion").GetInt32(), now.GetProperty("hasUnpublishedChanges").GetBoolean()));
        Assert.Equal([1, 2], now.GetProperty("versions").EnumerateArray().Select(version => version.GetProperty("number").GetInt32()));
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync(new Uri($"{survey}/versions/3", UriKind.Relative))).StatusCode);
        // Each publication told the other modules once, in its own transaction.
        var id = now.GetProperty("id").GetGuid();
        Assert.Equal(
            "1,2",
            await api.Factory.ScalarAsync("SELECT string_agg(content ->> 'version', ',' ORDER BY occurred_on) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1", id.ToString()));

        // A published version never changes, so its entity tag is its number and a poll costs a 304.
        using var poll = new HttpRequestMessage(HttpMethod.Get, $"{survey}/versions/1");
        poll.Headers.IfNoneMatch.Add(new("\"1\""));
        Assert.Equal(HttpStatusCode.NotModified, (await officer.SendAsync(poll)).StatusCode);
    }

    [Fact]
    public async Task Whether_a_survey_is_anonymous_is_fixed_once_a_version_is_published()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var survey = (await officer.PostAsJsonAsync(Surveys, Questionnaire("Anything to tell us?", anonymous: true))).Headers.Location!.OriginalString;
        Assert.Equal(HttpStatusCode.OK, (await ReviseAsync(officer, survey, Questionnaire("Anything to tell us?", anonymous: false))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(survey, "publications")).StatusCode);

        await (await ReviseAsync(officer, survey, Questionnaire("Anything to tell us?", anonymous: true))).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.anonymity-fixed");
    }

    [Fact]
    public async Task Surveys_are_listed_a_page_at_a_time_in_the_order_they_were_designed_and_analysts_may_read_but_not_design()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var ids = new List<string>();
        for (var number = 0; number < 3; number++)
        {
            ids.Add((await (await officer.PostAsJsonAsync(Surveys, Questionnaire($"Listed {number}"))).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
        }

        var analyst = api.Factory.Client(Roles.Analyst);
        var listed = new List<string>();
        string? cursor = null;
        do
        {
            var page = await analyst.GetFromJsonAsync<JsonElement>($"{Surveys}?pageSize=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            listed.AddRange(page.GetProperty("items").EnumerateArray().Select(survey => survey.GetProperty("id").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        Assert.Equal(ids, listed.Where(ids.Contains));
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync(Surveys, Questionnaire("Not mine to design"))).StatusCode);
    }

    [Theory]
    [InlineData("rating-scale", "questions[0].scale")]
    [InlineData("single-choice", "questions[0].options")]
    [InlineData("free-text", "questions[0].maxLength")]
    public async Task A_question_without_what_its_kind_needs_is_refused_naming_the_field(string kind, string field)
    {
        var response = await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync(Surveys, new
        {
            title = "Broken", purpose = "annual", audiences = new[] { "parent" }, anonymous = false, opensOn = "2027-01-01",
            questions = new[] { new { kind, text = "A question", required = true } },
        });

        await response.ShouldBeValidationProblemFor(field);
    }

    [Fact]
    public async Task Each_choice_and_each_variant_label_that_is_wrong_is_named_on_its_own()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var response = await officer.PostAsJsonAsync(Surveys, new
        {
            title = "Broken choices", purpose = "annual", audiences = new[] { "parent" }, serviceAreas = new[] { "children-in-care" }, anonymous = false, opensOn = "2027-01-01",
            questions = new[]
            {
                new { kind = "single-choice", text = "Who helped?", required = true, options = new[] { new { code = "", label = "My carer" }, new { code = "", label = new string('x', 201) }, new { code = "worker", label = "My worker" } } },
            },
            variants = new[] { new { key = "easy-read", title = "Easy read", questions = new[] { new { text = "Who helped you?", labels = new[] { "Carer", " ", "Worker" } } } } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject().Select(error => error.Name).Order(StringComparer.Ordinal);
        // Two missing codes are two missing codes, not also a repeated one.
        Assert.Equal(["questions[0].options[0].code", "questions[0].options[1].code", "questions[0].options[1].label", "variants[0].questions[0].labels[1]"], errors);
    }

    [Fact]
    public async Task A_show_if_condition_must_point_back_at_an_earlier_question_with_answers_it_can_have()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var forwards = await officer.PostAsJsonAsync(Surveys, Questionnaire("Q", showIf: new { question = 2, answers = new[] { "yes" } }));
        await forwards.ShouldBeValidationProblemFor("questions[1].showIf.question");

        var impossible = await officer.PostAsJsonAsync(Surveys, Questionnaire("Q", showIf: new { question = 1, answers = new[] { "7" } }));
        await impossible.ShouldBeValidationProblemFor("questions[1].showIf.answers");
    }

    [Fact]
    public async Task An_unknown_service_area_and_a_close_before_the_open_are_refused()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        await (await officer.PostAsJsonAsync(Surveys, Questionnaire("Q", serviceArea: "no-such-area"))).ShouldBeValidationProblemFor("serviceAreas[0]");
        await (await officer.PostAsJsonAsync(Surveys, Questionnaire("Q", closesOn: "2026-12-31"))).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.closes-before-it-opens");
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.surveys WHERE title = 'Q'"));
    }

    private static object Questionnaire(string firstQuestion, bool anonymous = false, object? showIf = null, string serviceArea = "children-in-care", string? closesOn = null) => new
    {
        title = "Your views before your review",
        purpose = "event-triggered",
        audiences = new[] { "child-or-young-person" },
        serviceAreas = new[] { serviceArea },
        anonymous,
        opensOn = "2027-01-01",
        closesOn,
        questions = new object[]
        {
            new
            {
                kind = "rating-scale", text = firstQuestion, required = true,
                scale = new[] { new { value = 1, label = "Not at all", iconKey = "face-sad" }, new { value = 2, label = "A bit", iconKey = "face-neutral" }, new { value = 3, label = "A lot", iconKey = "face-happy" } },
            },
            new { kind = "free-text", text = "What would make things better?", required = false, maxLength = 500, showIf = showIf ?? new { question = 1, answers = new[] { "1", "2" } } },
        },
    };

    private static async Task<HttpResponseMessage> ReviseAsync(HttpClient client, string survey, object questionnaire)
    {
        using var read = await client.GetAsync(new Uri(survey, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Put, survey) { Content = JsonContent.Create(questionnaire) };
        request.Headers.IfMatch.Add(read.Headers.ETag!);
        return await client.SendAsync(request);
    }

    private static string? FirstQuestion(JsonElement version) => version.GetProperty("questionnaire").GetProperty("questions")[0].GetProperty("text").GetString();
}
