using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.CommissionedServices;

public sealed class IdempotencyTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private const string Batch = "/api/v1/partner/feedback/batch";
    private const string Single = "/api/v1/partner/feedback";

    private static object Item(string externalId, int rating = 3) => new
    {
        externalId, receivedOn = "2026-11-01", audience = "parent", cohorts = new[] { "children-in-need" }, serviceArea = "early-help", channel = "telephone", rating,
    };

    [Fact]
    public async Task A_retry_with_the_same_key_and_body_replays_the_first_response_and_stores_nothing_more()
    {
        var (client, provider) = await PartnerAsync("Replay");

        var first = await Send(client, Batch, "batch-1", new { items = new[] { Item("r-1"), Item("r-2") } });
        var retry = await Send(client, Batch, "batch-1", new { items = new[] { Item("r-1"), Item("r-2") } });

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Content.Headers.ContentType, retry.Content.Headers.ContentType);
        Assert.Equal(2L, await CountFeedback(provider));
    }

    [Fact]
    public async Task The_body_is_compared_as_sent_so_the_same_items_laid_out_differently_are_another_body()
    {
        var (client, provider) = await PartnerAsync("Byte for byte");
        var json = JsonSerializer.Serialize(new { items = new[] { Item("b-1") } });
        Assert.Equal(HttpStatusCode.OK, (await SendJson(client, "batch-6", json)).StatusCode);

        var relaidOut = await SendJson(client, "batch-6", json.Replace(",", ", ", StringComparison.Ordinal));

        await relaidOut.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_replayed_creation_keeps_its_status_and_location()
    {
        var (client, _) = await PartnerAsync("Replay single");

        var first = await Send(client, Single, "single-1", Item("s-1"));
        var retry = await Send(client, Single, "single-1", Item("s-1"));

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
    }

    [Fact]
    public async Task The_same_key_with_a_different_body_is_422()
    {
        var (client, _) = await PartnerAsync("Reuse");
        await Send(client, Batch, "batch-2", new { items = new[] { Item("d-1") } });

        var response = await Send(client, Batch, "batch-2", new { items = new[] { Item("d-1", rating: 5) } });

        await response.ShouldBreakRule(HttpStatusCode.UnprocessableEntity, "idempotency.key-reused");
    }

    [Fact]
    public async Task A_retry_while_the_first_request_is_in_flight_is_409()
    {
        var (client, provider) = await PartnerAsync("In flight");
        var body = new { items = new[] { Item("f-1") } };
        await Send(client, Batch, "batch-3", body);
        // Put the record back as the first request leaves it while it runs: reserved, no response yet.
        await Execute("UPDATE partners.idempotency_records SET status_code = NULL, response_body = NULL, reserved_on = now() WHERE partner_id = $1", provider);

        var response = await Send(client, Batch, "batch-3", body);

        await response.ShouldBreakRule(HttpStatusCode.Conflict, "idempotency.in-flight");
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_reservation_left_by_a_crash_is_taken_over_by_the_retry_within_seconds()
    {
        var (client, provider) = await PartnerAsync("Crashed mid-request");
        var body = new { items = new[] { Item("c-1") } };
        await Send(client, Batch, "batch-crash", body);
        // As a request that died after reserving its key leaves it: reserved 20 seconds ago, no response.
        await Execute("UPDATE partners.idempotency_records SET status_code = NULL, response_body = NULL, reserved_on = now() - interval '20 seconds' WHERE partner_id = $1", provider);

        var retry = await Send(client, Batch, "batch-crash", body);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_slow_first_run_that_fails_after_its_key_was_taken_over_leaves_the_retrys_record_alone()
    {
        var (client, provider) = await PartnerAsync("Taken over");
        var body = new { items = new[] { Item("taken-1") } };
        Task<HttpResponseMessage> first, second;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "commissioned_services.feedback_items", "NEW.external_id = 'taken-1'", key: 424_249))
        {
            (first, second) = await TakenOverWhileHeldAsync(commits, client, provider, "batch-taken", body);

            // Then the first run fails (its connection cut): it may free only its own reservation.
            await api.Factory.ExecuteAsync(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND objid = 424249 AND NOT granted");
            Assert.True((int)(await first).StatusCode >= 500);
        }

        Assert.Equal(HttpStatusCode.OK, (await second).StatusCode);
        var third = await Send(client, Batch, "batch-taken", body);
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.True(third.Headers.Contains("Idempotent-Replayed"), "the retry's recorded answer was deleted by the run it took over from");
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_slow_first_run_and_the_retry_that_took_its_key_over_both_finish_with_one_answer()
    {
        var (client, provider) = await PartnerAsync("Both finish");
        var body = new { items = new[] { Item("both-1") } };
        Task<HttpResponseMessage> first, second;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "commissioned_services.feedback_items", "NEW.external_id = 'both-1'", key: 424_253))
        {
            (first, second) = await TakenOverWhileHeldAsync(commits, client, provider, "batch-both", body);
            // The first run commits after all: it stored the item, and the retry finds it already stored.
            await commits.ReleaseAsync();
        }

        var answers = await Task.WhenAll(first, second);
        var third = await Send(client, Batch, "batch-both", body);

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        Assert.True(third.Headers.Contains("Idempotent-Replayed"));
        var recorded = await third.Content.ReadAsStringAsync();
        Assert.Equal(recorded, await answers[0].Content.ReadAsStringAsync());
        Assert.Equal(recorded, await answers[1].Content.ReadAsStringAsync());
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_slow_first_run_whose_retry_failed_after_taking_its_key_over_still_keeps_its_answer_for_the_next_retry()
    {
        var (client, provider) = await PartnerAsync("Retry failed");
        var body = new { items = new[] { Item("kept-1") } };
        Task<HttpResponseMessage> first, second;
        await using (var commits = await HeldCommits.HoldAsync(api.Factory, "commissioned_services.feedback_items", "NEW.external_id = 'kept-1'", key: 424_254))
        {
            (first, second) = await TakenOverWhileHeldAsync(commits, client, provider, "batch-kept", body);
            // The retry fails (its connection cut while it waits behind the first run), freeing the key.
            await api.Factory.ExecuteAsync("""
                SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                WHERE wait_event_type = 'Lock' AND datname = current_database()
                  AND pid NOT IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND objid = 424254)
                """);
            Assert.True((int)(await second).StatusCode >= 500);
            await commits.ReleaseAsync();
        }

        var answer = await first;
        var third = await Send(client, Batch, "batch-kept", body);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.True(third.Headers.Contains("Idempotent-Replayed"), "the first run's answer was not kept, so the third attempt ran afresh");
        Assert.Equal(await answer.Content.ReadAsStringAsync(), await third.Content.ReadAsStringAsync());
        Assert.Equal(1L, await CountFeedback(provider));
    }

    /// <summary>
    /// A first run held at its commit, slow enough for its client to give up and retry: the retry takes the key over and
    /// waits behind the first run's uncommitted item.
    /// </summary>
    private async Task<(Task<HttpResponseMessage> First, Task<HttpResponseMessage> Retry)> TakenOverWhileHeldAsync(
        HeldCommits commits, HttpClient client, Guid provider, string key, object body)
    {
        var first = Send(client, Batch, key, body);
        await commits.CommitWaitingAsync("the first run never reached its commit");
        await Execute("UPDATE partners.idempotency_records SET reserved_on = reserved_on - interval '20 seconds' WHERE partner_id = $1", provider);
        var retry = Send(client, Batch, key, body);
        await commits.SecondWaitingAsync(retry, "the retry never queued behind the first run");
        return (first, retry);
    }

    [Fact]
    public async Task Concurrent_requests_with_one_key_store_the_batch_once()
    {
        var (client, provider) = await PartnerAsync("Concurrent");
        var body = new { items = Enumerable.Range(0, 200).Select(index => Item($"c-{index}")).ToArray() };

        var responses = await Task.WhenAll(Send(client, Batch, "batch-4", body), Send(client, Batch, "batch-4", body));

        Assert.Contains(responses, response => response.StatusCode == HttpStatusCode.OK && !response.Headers.Contains("Idempotent-Replayed"));
        Assert.All(responses, response => Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Conflict));
        Assert.Equal(200L, await CountFeedback(provider));
    }

    [Fact]
    public async Task A_batch_without_a_key_is_400()
    {
        var (client, _) = await PartnerAsync("No key");

        var response = await client.PostAsJsonAsync(Batch, new { items = new[] { Item("n-1") } });

        await response.ShouldBeValidationProblemFor("Idempotency-Key");
    }

    [Fact]
    public async Task A_request_that_failed_frees_its_key_for_the_corrected_retry()
    {
        var (client, provider) = await PartnerAsync("Corrected");
        await (await Send(client, Batch, "batch-5", new { items = new[] { Item("e-1", rating: 9) } })).ShouldBeValidationProblemFor("items[0].rating");

        var corrected = await Send(client, Batch, "batch-5", new { items = new[] { Item("e-1") } });

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(1L, await CountFeedback(provider));
    }

    [Fact]
    public async Task Keys_belong_to_their_provider()
    {
        var (first, _) = await PartnerAsync("Key owner");
        var (second, secondProvider) = await PartnerAsync("Same key elsewhere");
        await Send(first, Batch, "shared-key", new { items = new[] { Item("k-1") } });

        var response = await Send(second, Batch, "shared-key", new { items = new[] { Item("k-2") } });

        Assert.False(response.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1L, await CountFeedback(secondProvider));
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, object body, string key) => Send(client, path, key, body);

    private static Task<HttpResponseMessage> Send(HttpClient client, string path, string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    private static Task<HttpResponseMessage> SendJson(HttpClient client, string key, string json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Batch) { Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Idempotency-Key", key);
        return client.SendAsync(request);
    }

    [Fact]
    public async Task Records_older_than_the_kept_days_are_purged_with_the_comments_they_replay_and_recent_ones_kept()
    {
        var (client, provider) = await PartnerAsync("Purged keys");
        Assert.Equal(HttpStatusCode.Created, (await Send(client, Single, "old-key", Item("p-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Send(client, Single, "new-key", Item("p-2"))).StatusCode);
        await api.Factory.ExecuteAsync($"UPDATE partners.idempotency_records SET reserved_on = now() - interval '8 days' WHERE partner_id = '{provider}' AND key = 'old-key'");

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<PurgeIdempotencyRecordsJob>().RunAsync(CancellationToken.None);
        }

        Assert.Equal("new-key", await api.Factory.ScalarAsync("SELECT string_agg(key, ',') FROM partners.idempotency_records WHERE partner_id = $1", provider));
    }

    private async Task<(HttpClient Client, Guid Provider)> PartnerAsync(string name)
    {
        var provider = await api.Factory.CreateProvider(name, "early-help");
        var (_, key) = await api.Factory.IssueKey(provider);
        return (api.Factory.PartnerClient(key), provider);
    }

    private async Task<long> CountFeedback(Guid provider)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM commissioned_services.feedback_items WHERE provider_id = $1", connection) { Parameters = { new() { Value = provider } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task Execute(string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        await command.ExecuteNonQueryAsync();
    }
}
