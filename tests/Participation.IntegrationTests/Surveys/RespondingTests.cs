using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Infrastructure;

using static Participation.IntegrationTests.Surveys.SurveyScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>Links issued to a published survey and answered on the public respondent routes, with no credentials.</summary>
public sealed class RespondingTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Long_answers_in_welsh_are_accepted_though_the_body_is_far_above_a_writes_default_limit()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync("/api/v1/surveys", new
        {
            title = "Tell us everything", purpose = "event-triggered", audiences = new[] { "child-or-young-person" }, serviceAreas = new[] { "children-in-care" },
            anonymous = true, opensOn = "2026-01-01",
            questions = Enumerable.Range(1, 30).Select(number => new { kind = "free-text", text = $"Question {number}", required = true, maxLength = 4000 }).ToArray(),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        var link = (await api.Factory.IssueLinksAsync((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(), new { kind = "open" }))[0];
        // Every character escaped as six bytes by the JSON writer: some 720 KB.
        var answers = new { version = 1, answers = Enumerable.Range(1, 30).Select(question => new { question, value = new string('ŵ', 4000) }).ToArray() };

        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(link, answers)).StatusCode);
    }

    [Fact]
    public async Task A_single_use_link_is_answered_once_a_repeat_replays_a_different_answer_is_409_and_then_the_link_is_gone()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var link = (await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = "C-1042" } } }))[0];
        var respondent = api.Factory.CreateClient();

        var questionnaire = await respondent.GetFromJsonAsync<JsonElement>(link);
        Assert.Equal(1, questionnaire.GetProperty("version").GetInt32());
        Assert.Equal(2, questionnaire.GetProperty("questions").GetArrayLength());

        var first = await respondent.PostAsJsonAsync(link, Answers(rating: "1", words: "More time to talk"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var replay = await respondent.PostAsJsonAsync(link, Answers(rating: "1", words: "More time to talk"));
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await replay.Content.ReadAsStringAsync());
        await (await respondent.PostAsJsonAsync(link, Answers(rating: "3"))).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.link-answered");
        await (await respondent.GetAsync(new Uri(link, UriKind.Relative))).ShouldBreakRule(HttpStatusCode.Gone, "surveys.link-gone");

        Assert.Equal("1|C-1042", await api.Factory.ScalarAsync("SELECT count(*) || '|' || max(case_reference) FROM surveys.responses WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Submissions_racing_through_one_single_use_link_store_one_answer_and_the_others_get_its_receipt_or_409()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = "C-7" }, new { caseReference = "C-8" } } });

        var same = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.Factory.CreateClient().PostAsJsonAsync(links[0], Answers(rating: "3"))));
        Assert.All(same, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single((await Task.WhenAll(same.Select(response => response.Content.ReadAsStringAsync()))).Distinct());

        var different = await Task.WhenAll(new[] { "3", "1" }.Select(rating => api.Factory.CreateClient().PostAsJsonAsync(links[1], Answers(rating, rating == "1" ? "Words" : null))));
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], different.Select(response => response.StatusCode).Order());
        Assert.Equal(2L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Unknown_links_are_404_and_expired_or_withdrawn_ones_410()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = (string?)null }, new { caseReference = (string?)null } } });
        var respondent = api.Factory.CreateClient();

        await (await respondent.GetAsync(new Uri($"/api/v1/respond/{new string('x', 43)}", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await respondent.GetAsync(new Uri("/api/v1/respond/short", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.NotFound);

        // Only the token's SHA-256 is stored: that is how a test finds its invitation too.
        const string ByToken = "token_hash = sha256(convert_to(split_part($1, '/', 5), 'UTF8'))";
        await api.Factory.ScalarAsync($"UPDATE surveys.invitations SET expires_at = now() - interval '1 minute' WHERE {ByToken}", links[0]);
        await (await respondent.GetAsync(new Uri(links[0], UriKind.Relative))).ShouldBreakRule(HttpStatusCode.Gone, "surveys.link-gone");

        var live = links[1];
        Assert.Equal(HttpStatusCode.OK, (await respondent.GetAsync(new Uri(live, UriKind.Relative))).StatusCode);
        var invitation = await api.Factory.ScalarAsync($"SELECT id FROM surveys.invitations WHERE {ByToken}", live);
        Assert.Equal(HttpStatusCode.NoContent, (await api.Factory.Client(Roles.ParticipationOfficer).DeleteAsync(new Uri($"{SurveysPath}/{survey}/invitations/{invitation}", UriKind.Relative))).StatusCode);
        await (await respondent.PostAsJsonAsync(live, Answers(rating: "3"))).ShouldBreakRule(HttpStatusCode.Gone, "surveys.link-gone");
    }

    [Fact]
    public async Task An_anonymous_surveys_answers_hold_no_link_case_reference_address_or_time_of_day_and_are_not_audited()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var open = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];
        var respondent = api.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await respondent.PostAsJsonAsync(open, Answers(rating: "3"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await respondent.PostAsJsonAsync(open, Answers(rating: "3"))).StatusCode);

        Assert.Equal(2L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1 AND case_reference IS NULL", survey));
        Assert.Equal(
            "answers:jsonb,audience:character varying,case_reference:character varying,channel:character varying,cohorts:ARRAY,entered_by:character varying,id:uuid,received_on:date,service_area:character varying,survey_id:uuid,survey_version:integer,variant:character varying",
            await api.Factory.ScalarAsync(
                "SELECT string_agg(column_name || ':' || data_type, ',' ORDER BY column_name) FROM information_schema.columns WHERE table_schema = 'surveys' AND table_name = 'responses'"));
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM audit.audit_events WHERE route LIKE '/api/v1/respond/%'"));
        // Nor is the time kept in its id: random (version 4), not time-ordered (version 7, whose first 48 bits are the millisecond).
        Assert.Equal("4", await api.Factory.ScalarAsync("SELECT string_agg(DISTINCT substring(id::text, 15, 1), '') FROM surveys.responses WHERE survey_id = $1", survey));

        // An anonymous survey's links never name a case, and open links are for anonymous surveys only.
        await (await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync($"{SurveysPath}/{survey}/invitations", new { kind = "single-use", recipients = new[] { new { caseReference = "C-1" } } }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.anonymous-case-reference");
        var identified = await api.Factory.PublishedSurveyAsync(anonymous: false);
        await (await api.Factory.Client(Roles.ParticipationOfficer).PostAsJsonAsync($"{SurveysPath}/{identified}/invitations", new { kind = "open" }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.open-link-identified");
    }

    [Fact]
    public async Task Answers_are_checked_against_the_version_they_answer_and_a_v1_answer_after_v2_is_published_stays_v1()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var open = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];
        var respondent = api.Factory.CreateClient();

        await (await respondent.PostAsJsonAsync(open, new { version = 1, answers = Array.Empty<object>() })).ShouldBeValidationProblemFor("answers");
        await (await respondent.PostAsJsonAsync(open, Answers(rating: "7"))).ShouldBeValidationProblemFor("answers[0].value");
        // The free-text question shows only after a rating of 1 or 2.
        await (await respondent.PostAsJsonAsync(open, Answers(rating: "3", words: "Hidden"))).ShouldBeValidationProblemFor("answers");
        await (await respondent.PostAsJsonAsync(open, new { version = 9, answers = new[] { new { question = 1, value = "3" } } })).ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.unknown-version");

        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        using var read = await officer.GetAsync(new Uri($"{SurveysPath}/{survey}", UriKind.Relative));
        var draft = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("draft");
        using var revise = new HttpRequestMessage(HttpMethod.Put, $"{SurveysPath}/{survey}") { Content = JsonContent.Create(JsonSerializer.Deserialize<JsonElement>(draft.GetRawText().Replace("How much do you feel listened to?", "How well do people listen?", StringComparison.Ordinal))) };
        revise.Headers.IfMatch.Add(read.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await officer.SendAsync(revise)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync($"{SurveysPath}/{survey}", "publications")).StatusCode);

        Assert.Equal(2, (await respondent.GetFromJsonAsync<JsonElement>(open)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await respondent.PostAsJsonAsync(open, Answers(rating: "2", words: "Given v1 before v2 came out"))).StatusCode);
        Assert.Equal(1, await api.Factory.ScalarAsync("SELECT survey_version FROM surveys.responses WHERE survey_id = $1", survey));
    }

    [Fact]
    public async Task Each_link_is_rate_limited_on_its_own_with_a_problem_body()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "open" });
        links.AddRange(await api.Factory.IssueLinksAsync(survey, new { kind = "open" }));
        var respondent = api.Factory.CreateClient();
        for (var request = 0; request < 30; request++)
        {
            Assert.Equal(HttpStatusCode.OK, (await respondent.GetAsync(new Uri(links[0], UriKind.Relative))).StatusCode);
        }

        await (await respondent.GetAsync(new Uri(links[0], UriKind.Relative))).ShouldBeProblem(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await respondent.GetAsync(new Uri(links[1], UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Staff_enter_answers_taken_by_phone_on_paper_or_face_to_face_with_who_entered_them()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var entered = await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/responses", new { version = 1, channel = "telephone", caseReference = "C-55", answers = new[] { new { question = 1, value = "3" } } });
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        var id = (await entered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal("telephone|C-55|test-ParticipationOfficer", await api.Factory.ScalarAsync("SELECT channel || '|' || case_reference || '|' || entered_by FROM surveys.responses WHERE id = $1", id));

        await (await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/responses", new { version = 1, channel = "app", answers = new[] { new { question = 1, value = "3" } } })).ShouldBeValidationProblemFor("channel");
        await (await officer.PostAsJsonAsync($"{SurveysPath}/{survey}/responses", new { version = 1, channel = "paper-form", answers = new[] { new { question = 1, value = "1" } } })).ShouldBeValidationProblemFor("answers");
        var anonymous = await api.Factory.PublishedSurveyAsync(anonymous: true);
        await (await officer.PostAsJsonAsync($"{SurveysPath}/{anonymous}/responses", new { version = 1, channel = "paper-form", caseReference = "C-55", answers = new[] { new { question = 1, value = "3" } } }))
            .ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "surveys.anonymous-case-reference");
    }

    [Fact]
    public async Task An_answer_becomes_one_voice_in_reporting_with_themes_suggested_from_its_words_and_nothing_that_identifies_it()
    {
        var admin = api.Factory.Client(Roles.Administrator);
        var theme = await admin.CreateThemeAsync("survey-moves", "Moves (surveys)");
        using var terms = await admin.GetAsync(new Uri($"/api/v1/reference-data/themes/{theme}/match-terms", UriKind.Relative));
        using var setTerms = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/reference-data/themes/{theme}/match-terms") { Content = JsonContent.Create(new { terms = new[] { "moved without" } }) };
        setTerms.Headers.IfMatch.Add(terms.Headers.ETag!);
        Assert.Equal(HttpStatusCode.OK, (await admin.SendAsync(setTerms)).StatusCode);

        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var link = (await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = new[] { new { caseReference = "C-9911" } } }))[0];
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(link, Answers(rating: "1", words: "I was moved without being asked"))).StatusCode);

        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        Assert.Equal(
            "1|survey-moves|child-or-young-person|children-in-care|online-form",
            await api.Factory.ScalarAsync(
                "SELECT count(*) || '|' || max(array_to_string(themes, ',')) || '|' || max(audience) || '|' || max(service_area) || '|' || max(channel) FROM reporting.voices WHERE source = 'survey' AND 'survey-moves' = ANY(themes)"));
        // The message carries neither the case, nor the words, nor a time of day.
        var message = (string)(await api.Factory.ScalarAsync("SELECT content::text FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted%'", survey.ToString()))!;
        Assert.DoesNotContain("C-9911", message, StringComparison.Ordinal);
        Assert.DoesNotContain("asked", message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.Zero, (await api.Factory.ScalarAsync("SELECT occurred_on FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted%'", survey.ToString()) as DateTime?)!.Value.TimeOfDay);
        Assert.Equal("4", await api.Factory.ScalarAsync("SELECT substring(id::text, 15, 1) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted%'", survey.ToString()));
    }

    [Fact]
    public async Task Words_reach_reports_as_a_redacted_quote_only_when_the_respondent_said_yes_to_being_quoted()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var questionnaire = JsonSerializer.SerializeToNode(Questionnaire(anonymous: true))!;
        questionnaire["serviceAreas"] = new JsonArray("youth-justice");
        questionnaire["questions"]!.AsArray().Add(JsonSerializer.SerializeToNode(new { kind = "yes-partly-no", text = "Can we use your words, without your name?", required = true }));
        questionnaire["quoteConsentQuestion"] = 1;
        await (await officer.PostAsJsonAsync(SurveysPath, questionnaire)).ShouldBeValidationProblemFor("quoteConsentQuestion");
        questionnaire["quoteConsentQuestion"] = 3;
        var created = await officer.PostAsJsonAsync(SurveysPath, questionnaire);
        Assert.Equal(HttpStatusCode.Created, (await officer.PostStepAsync(created.Headers.Location!.OriginalString, "publications")).StatusCode);
        var survey = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var open = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];

        foreach (var (words, consent) in new[] { ("nobody listens, call Jade on 07700 900123", "yes"), ("Kept to myself, do not share", "no") })
        {
            var answers = new { version = 1, answers = new object[] { new { question = 1, value = "1" }, new { question = 2, value = words }, new { question = 3, value = consent } } };
            Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(open, answers)).StatusCode);
        }

        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        await outbox.ProcessAsync("Surveys", CancellationToken.None);
        Assert.Equal(
            "nobody listens, call [name] on [phone]|<none>",
            await api.Factory.ScalarAsync("SELECT string_agg(coalesce(quote, '<none>'), '|' ORDER BY quote NULLS LAST) FROM reporting.voices WHERE source = 'survey' AND service_area = 'youth-justice'"));
    }

    [Fact]
    public async Task A_survey_cannot_be_sent_before_it_is_published()
    {
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        var created = await officer.PostAsJsonAsync(SurveysPath, Questionnaire(anonymous: true));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await (await officer.PostAsJsonAsync($"{SurveysPath}/{id}/invitations", new { kind = "open" })).ShouldBreakRule(HttpStatusCode.Conflict, "surveys.not-published");
    }
}
