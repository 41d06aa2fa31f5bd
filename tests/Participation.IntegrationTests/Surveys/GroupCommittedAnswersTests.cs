using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Infrastructure.Persistence;

using static Participation.IntegrationTests.Surveys.SurveyScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>
/// Answers through links share commits (one writer writes every waiting answer in one transaction), and still no
/// receipt leaves before its answer is durable, a link is spent once, and one refused answer fails alone.
/// </summary>
public sealed class GroupCommittedAnswersTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Answers_waiting_for_their_commit_get_no_receipt_until_it_is_made_and_commit_together_each_with_its_voice_and_one_link_answered_once()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = Enumerable.Range(1, 24).Select(number => new { caseReference = $"C-{number}" }).ToArray() });
        await using var commits = await CommitsHeldBackAsync(survey);

        // Three more answers race through the first link: the same answers, so each gets the one receipt.
        var answers = links.Concat(Enumerable.Repeat(links[0], 3)).Select(link => api.Factory.CreateClient().PostAsJsonAsync(link, Answers(rating: "3"))).ToArray();
        await commits.CommitWaitingAsync("the answer writer never reached its commit");
        await Task.Delay(TimeSpan.FromSeconds(1));
        var heldBack = answers.All(answer => !answer.IsCompleted);
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
        await commits.ReleaseAsync();
        var receipts = await Task.WhenAll(answers);

        Assert.True(heldBack, "a receipt was sent before its answer had committed");
        Assert.All(receipts, receipt => Assert.Equal(HttpStatusCode.OK, receipt.StatusCode));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted'", survey.ToString()));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND answered_on IS NOT NULL", survey));
        // Answers queued behind the first commit went in together: fewer transactions than answers.
        Assert.True((long)(await api.Factory.ScalarAsync("SELECT count(DISTINCT xmin::text) FROM surveys.responses WHERE survey_id = $1", survey))! < 24, "no two answers shared a commit");
    }

    [Fact]
    public async Task Every_answer_receipted_before_the_database_crashed_is_there_after_recovery_and_once()
    {
        using var cluster = await ThrowawayCluster.StartAsync();
        await using var host = new ParticipationApiFactory(cluster.ApplicationConnectionString, UnthrottledApiFixture.NoRateLimits);
        var survey = await host.PublishedSurveyAsync(anonymous: false);
        var links = await host.IssueLinksAsync(survey, new { kind = "single-use", recipients = Enumerable.Range(0, 600).Select(number => new { caseReference = $"C-{number}" }).ToArray() });
        const int Respondents = 16;
        var respondent = host.CreateClient();
        var next = -1;

        // Each answer through a link of its own; the server dies while answers are being written, without a checkpoint.
        var beforeCrash = await cluster.CrashWhileSendingAsync(
            Respondents,
            async () => Interlocked.Increment(ref next) is var index && index < links.Count ? (await respondent.PostAsJsonAsync(links[index], Answers(rating: "3"))).StatusCode : null,
            answeredBeforeCrash: 100);
        await cluster.RestartAsync();

        Assert.All(beforeCrash, status => Assert.True(status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"got {(int)status}"));
        var receipted = beforeCrash.Count(status => status == HttpStatusCode.OK);
        // Every receipt's answer is there, with its event for the other modules and its link spent. An answer the crash
        // cut off may have committed and lost only its receipt, at most one per respondent.
        var stored = await cluster.CountAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey);
        Assert.InRange(stored, receipted, receipted + Respondents);
        Assert.Equal(stored, await cluster.CountAsync("SELECT count(*) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted'", survey.ToString()));
        Assert.Equal(stored, await cluster.CountAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND answered_on IS NOT NULL", survey));
    }

    [Fact]
    public async Task An_answer_the_database_refuses_fails_alone_and_the_answers_that_shared_its_commit_stand()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = Enumerable.Range(0, 9).Select(number => new { caseReference = number == 5 ? "C-REFUSED" : $"C-{number}" }).ToArray() });
        await OwnerExecuteAsync("""
            CREATE FUNCTION surveys.refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END $$;
            CREATE TRIGGER refuse_for_test BEFORE INSERT ON surveys.responses FOR EACH ROW WHEN (NEW.case_reference = 'C-REFUSED') EXECUTE FUNCTION surveys.refuse_for_test();
            """);
        try
        {
            // The first answer's commit is held back, so the next eight queue behind it and are written as one batch.
            HttpResponseMessage[] receipts;
            await using (var commits = await CommitsHeldBackAsync(survey))
            {
                var first = api.Factory.CreateClient().PostAsJsonAsync(links[0], Answers(rating: "3"));
                await commits.CommitWaitingAsync("the answer writer never reached its commit");
                var answers = links.Skip(1).Select(link => api.Factory.CreateClient().PostAsJsonAsync(link, Answers(rating: "3"))).ToArray();
                await Task.Delay(TimeSpan.FromSeconds(1));
                await commits.ReleaseAsync();
                Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
                receipts = await Task.WhenAll(answers);
            }

            Assert.Equal(7, receipts.Count(receipt => receipt.StatusCode == HttpStatusCode.OK));
            Assert.Equal(HttpStatusCode.InternalServerError, receipts[4].StatusCode);
            Assert.Equal("application/problem+json", receipts[4].Content.Headers.ContentType?.MediaType);
            Assert.Equal("8|8|0", await api.Factory.ScalarAsync(
                """
                SELECT (SELECT count(*) FROM surveys.responses WHERE survey_id = $1) || '|'
                    || (SELECT count(*) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1::text AND type LIKE '%SurveyResponseSubmitted') || '|'
                    || (SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND case_reference = 'C-REFUSED' AND answered_on IS NOT NULL)
                """,
                survey));
        }
        finally
        {
            await OwnerExecuteAsync("DROP TRIGGER refuse_for_test ON surveys.responses; DROP FUNCTION surveys.refuse_for_test();");
        }
    }

    [Fact]
    public void The_writer_writes_every_column_the_model_maps_for_a_response_and_an_outbox_row()
    {
        using var scope = api.Factory.Services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<SurveysDbContext>().Model;
        string[] Columns(Type entity) => [.. model.FindEntityType(entity)!.GetProperties().Select(property => property.GetColumnName()).Where(column => column != "xmin").Order()];

        Assert.Equal(Columns(typeof(SurveyResponse)), GroupCommittedAnswers.ResponseColumns.Order());
        Assert.Equal(Columns(typeof(OutboxMessage)), GroupCommittedAnswers.OutboxColumns.Concat(GroupCommittedAnswers.DeliveryColumns).Order());
    }

    /// <summary>Holds back the commit of every answer to <paramref name="survey"/> until released.</summary>
    private Task<HeldCommits> CommitsHeldBackAsync(Guid survey) =>
        HeldCommits.HoldAsync(api.Factory, "surveys.responses", $"NEW.survey_id = '{survey}'", key: 424_242);

    private Task OwnerExecuteAsync(string sql) => api.Factory.OwnerExecuteAsync(sql);
}
