using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
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
    public async Task Answers_held_back_by_a_lock_get_no_receipt_until_they_commit_together_each_with_its_voice_and_one_link_answered_once()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = Enumerable.Range(1, 24).Select(number => new { caseReference = $"C-{number}" }).ToArray() });
        await using var holder = await HoldResponsesAsync();

        // Three more answers race through the first link: the same answers, so each gets the one receipt.
        var answers = links.Concat(Enumerable.Repeat(links[0], 3)).Select(link => api.Factory.CreateClient().PostAsJsonAsync(link, Answers(rating: "3"))).ToArray();
        await WriterBlockedAsync();
        await Task.Delay(TimeSpan.FromSeconds(1));
        var heldBack = answers.All(answer => !answer.IsCompleted);
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
        await holder.DisposeAsync();
        var receipts = await Task.WhenAll(answers);

        Assert.True(heldBack, "a receipt was sent while its answer could not be written");
        Assert.All(receipts, receipt => Assert.Equal(HttpStatusCode.OK, receipt.StatusCode));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE survey_id = $1", survey));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.outbox_messages WHERE content ->> 'surveyId' = $1 AND type LIKE '%SurveyResponseSubmitted'", survey.ToString()));
        Assert.Equal(24L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.invitations WHERE survey_id = $1 AND answered_on IS NOT NULL", survey));
        // Answers queued behind the lock went in together: fewer transactions than answers.
        Assert.True((long)(await api.Factory.ScalarAsync("SELECT count(DISTINCT xmin::text) FROM surveys.responses WHERE survey_id = $1", survey))! < 24, "no two answers shared a commit");
    }

    [Fact]
    public async Task An_answer_the_database_refuses_fails_alone_and_the_answers_that_shared_its_commit_stand()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: false);
        var links = await api.Factory.IssueLinksAsync(survey, new { kind = "single-use", recipients = Enumerable.Range(1, 8).Select(number => new { caseReference = number == 5 ? "C-REFUSED" : $"C-{number}" }).ToArray() });
        await OwnerExecuteAsync("""
            CREATE FUNCTION surveys.refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'refused for the test' USING ERRCODE = 'check_violation'; END $$;
            CREATE TRIGGER refuse_for_test BEFORE INSERT ON surveys.responses FOR EACH ROW WHEN (NEW.case_reference = 'C-REFUSED') EXECUTE FUNCTION surveys.refuse_for_test();
            """);
        try
        {
            await using var holder = await HoldResponsesAsync();
            var answers = links.Select(link => api.Factory.CreateClient().PostAsJsonAsync(link, Answers(rating: "3"))).ToArray();
            await WriterBlockedAsync();
            await Task.Delay(TimeSpan.FromSeconds(1));
            await holder.DisposeAsync();
            var receipts = await Task.WhenAll(answers);

            Assert.Equal(7, receipts.Count(receipt => receipt.StatusCode == HttpStatusCode.OK));
            Assert.Equal(HttpStatusCode.InternalServerError, receipts[4].StatusCode);
            Assert.Equal("application/problem+json", receipts[4].Content.Headers.ContentType?.MediaType);
            Assert.Equal("7|7|0", await api.Factory.ScalarAsync(
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
    public void The_writer_writes_every_column_the_model_maps_for_a_response()
    {
        using var scope = api.Factory.Services.CreateScope();
        var mapped = scope.ServiceProvider.GetRequiredService<SurveysDbContext>().Model.FindEntityType(typeof(SurveyResponse))!
            .GetProperties().Select(property => property.GetColumnName()).Where(column => column != "xmin");

        Assert.Equal(mapped.Order(), GroupCommittedAnswers.ResponseColumns.Order());
    }

    /// <summary>Holds a SHARE lock on the responses table until disposed: the writer's inserts wait behind it.</summary>
    private async Task<AsyncDisposableTransaction> HoldResponsesAsync()
    {
        var holder = new NpgsqlConnection(OwnerConnectionString);
        await holder.OpenAsync();
        var transaction = await holder.BeginTransactionAsync();
        await using var block = new NpgsqlCommand("LOCK TABLE surveys.responses IN SHARE MODE", holder, transaction);
        await block.ExecuteNonQueryAsync();
        return new AsyncDisposableTransaction(holder, transaction);
    }

    private async Task WriterBlockedAsync()
    {
        for (var attempt = 0; attempt < 500 && (long)(await api.Factory.ScalarAsync(BlockedWriters))! == 0; attempt++)
        {
            await Task.Delay(20);
        }

        Assert.True((long)(await api.Factory.ScalarAsync(BlockedWriters))! > 0, "the answer writer never reached the locked table");
    }

    private const string BlockedWriters = "SELECT count(*) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'responses' AND NOT l.granted";

    private string OwnerConnectionString => PostgresServer.OwnerOf(api.Factory.ConnectionString) ?? api.Factory.ConnectionString;

    private async Task OwnerExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(OwnerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Commits the lock-holding transaction on dispose, releasing the writer.</summary>
    private sealed class AsyncDisposableTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction) : IAsyncDisposable
    {
        private bool _released;

        public async ValueTask DisposeAsync()
        {
            if (_released)
            {
                return;
            }

            _released = true;
            await transaction.CommitAsync();
            await transaction.DisposeAsync();
            await connection.DisposeAsync();
        }
    }
}
