using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.ReferenceData.Domain.Themes;
using Participation.Modules.ReferenceData.Infrastructure.Persistence;

namespace Participation.IntegrationTests.Platform;

public sealed class OutboxAndInboxTests(OutboxConsumerFixture api) : IClassFixture<OutboxConsumerFixture>
{
    private const string Module = "ReferenceData";
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task A_retirements_event_is_in_the_outbox_committed_with_the_change()
    {
        var theme = await CreateTheme("outbox-stored");

        await Retire(theme);

        Assert.Equal(1, await Scalar<long>("SELECT count(*) FROM reference_data.outbox_messages WHERE content->>'themeId' = $1 AND processed_on IS NULL", theme.ToString()));
        Assert.Equal(1, await Scalar<long>("SELECT count(*) FROM reference_data.themes WHERE id = $1 AND retired_on IS NOT NULL", theme));
    }

    [Fact]
    public async Task A_change_that_rolls_back_stores_no_event()
    {
        var theme = await CreateTheme("outbox-rolled-back");
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ReferenceDataDbContext>();
        var loaded = await context.Themes.SingleAsync(entry => entry.Id == new ThemeId(theme));
        loaded.Retire(activeSubthemes: 0, DateTimeOffset.UtcNow);

        await Scalar<int>("UPDATE reference_data.themes SET name = name || ' (edited elsewhere)' WHERE id = $1 RETURNING 1", theme);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => context.SaveChangesAsync());
        Assert.Equal(0, await Scalar<long>("SELECT count(*) FROM reference_data.outbox_messages WHERE content->>'themeId' = $1", theme.ToString()));
        Assert.Equal(0, await Scalar<long>("SELECT count(*) FROM reference_data.themes WHERE id = $1 AND retired_on IS NOT NULL", theme));
    }

    [Fact]
    public async Task A_message_delivered_again_is_handled_once()
    {
        var theme = await CreateTheme("outbox-redelivered");
        await Retire(theme);
        await Process();

        await Scalar<int>("UPDATE reference_data.outbox_messages SET processed_on = NULL WHERE content->>'themeId' = $1 RETURNING 1", theme.ToString());
        await Process();

        Assert.Equal(1, await Received("outbox-redelivered"));
        Assert.Equal(0, await PendingFor(theme));
    }

    [Fact]
    public async Task A_crash_between_delivery_and_marking_leaves_the_message_handled_once()
    {
        var theme = await CreateTheme("outbox-crashed");
        await Retire(theme);
        await DeliverWithoutMarking(theme);

        Assert.Equal(1, await PendingFor(theme));
        await Process();

        Assert.Equal(1, await Received("outbox-crashed"));
        Assert.Equal(0, await PendingFor(theme));
    }

    [Fact]
    public async Task Two_processors_at_once_handle_each_message_once()
    {
        var themes = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            themes.Add(await CreateTheme($"outbox-concurrent-{i}"));
            await Retire(themes[^1]);
        }

        await Task.WhenAll(Process(), Process());

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(1, await Received($"outbox-concurrent-{i}"));
        }
    }

    [Fact]
    public async Task Each_event_of_a_batch_row_is_delivered_and_handled_once()
    {
        var provider = await api.Factory.CreateProvider("Batch publisher");
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider)).Key);
        var batch = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/feedback/batch")
        {
            Content = JsonContent.Create(new { items = Enumerable.Range(0, 3).Select(index => new { externalId = $"env-{index}", receivedOn = "2026-11-20", audience = "parent", cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "letter" }) }),
        };
        batch.Headers.Add("Idempotency-Key", "envelope");
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(batch)).StatusCode);

        await ProcessCommissionedServices();
        await Scalar<int>("UPDATE commissioned_services.outbox_messages SET processed_on = NULL WHERE type LIKE $1 RETURNING 1", "records:%");
        await ProcessCommissionedServices();

        Assert.Equal(3L, await Scalar<long>($"SELECT count(*) FROM {OutboxConsumerFixture.Schema}.received_messages WHERE code LIKE $1", $"feedback:{provider}:%"));
    }

    [Fact]
    public async Task One_event_a_consumer_can_never_take_holds_back_none_of_the_others_in_its_batch_row()
    {
        var provider = await api.Factory.CreateProvider("Batch with a poison item");
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider)).Key);
        var audiences = new[] { "parent", RecordFeedbackReceived.Refused, "parent" };
        var batch = new HttpRequestMessage(HttpMethod.Post, "/api/v1/partner/feedback/batch")
        {
            Content = JsonContent.Create(new { items = audiences.Select((audience, index) => new { externalId = $"poison-{index}", receivedOn = "2026-11-20", audience, cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "letter" }) }),
        };
        batch.Headers.Add("Idempotency-Key", "poison");
        Assert.Equal(HttpStatusCode.OK, (await partner.SendAsync(batch)).StatusCode);

        await ProcessCommissionedServices();
        await ProcessCommissionedServices();

        Assert.Equal(2L, await Scalar<long>($"SELECT count(*) FROM {OutboxConsumerFixture.Schema}.received_messages WHERE code LIKE $1", $"feedback:{provider}:%"));
        // The row stays pending for the one it could not deliver, counting its attempts.
        Assert.Equal(2, await Scalar<int>(
            """
            SELECT failed_attempts FROM commissioned_services.outbox_messages
            WHERE processed_on IS NULL AND content::text LIKE '%' || (SELECT id::text FROM commissioned_services.feedback_items WHERE external_id = $1) || '%'
            """,
            "poison-1"));
    }

    [Fact]
    public async Task A_full_batch_of_events_that_keep_failing_holds_back_no_newer_event_and_each_counts_one_attempt_a_run()
    {
        var provider = await api.Factory.CreateProvider("Many poison items");
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider)).Key);
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsJsonAsync("/api/v1/partner/feedback", Item("poison", RecordFeedbackReceived.Refused))).StatusCode);
        // As many copies of its row as one batch claims, all older than the good event that follows.
        await Scalar<int>(
            """
            INSERT INTO commissioned_services.outbox_messages (id, type, content, occurred_on, failed_attempts)
            SELECT gen_random_uuid(), type, content, occurred_on - interval '1 hour', 0 FROM commissioned_services.outbox_messages, generate_series(1, $1)
            WHERE processed_on IS NULL AND content::text LIKE '%' || (SELECT id::text FROM commissioned_services.feedback_items WHERE external_id = 'poison') || '%'
            RETURNING 1
            """,
            OutboxProcessor.BatchSize);
        Assert.Equal(HttpStatusCode.Created, (await partner.PostAsJsonAsync("/api/v1/partner/feedback", Item("good", "parent"))).StatusCode);

        await ProcessCommissionedServices().WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM {OutboxConsumerFixture.Schema}.received_messages WHERE code LIKE $1", $"feedback:{provider}:%"));
        Assert.Equal("101|1|1", await Scalar<string>(
            """
            SELECT count(*) || '|' || min(failed_attempts) || '|' || max(failed_attempts) FROM commissioned_services.outbox_messages
            WHERE processed_on IS NULL AND content::text LIKE '%' || (SELECT id::text FROM commissioned_services.feedback_items WHERE external_id = $1) || '%'
            """,
            "poison"));
    }

    [Fact]
    public async Task Delivered_messages_older_than_the_kept_days_are_purged_with_their_inbox_records_and_recent_ones_stay()
    {
        var old = await CreateTheme("purge-old");
        var recent = await CreateTheme("purge-recent");
        await Retire(old);
        await Retire(recent);
        await Process();
        var oldMessage = await MessageOf(old);
        var recentMessage = await MessageOf(recent);
        await Scalar<int>("UPDATE reference_data.outbox_messages SET processed_on = now() - interval '31 days' WHERE id = $1 RETURNING 1", oldMessage);
        await Scalar<int>($"UPDATE {OutboxConsumerFixture.Schema}.inbox_messages SET handled_on = now() - interval '31 days' WHERE message_id = $1 RETURNING 1", oldMessage);
        // More than one statement's worth: a first run finds years of them.
        await Scalar<int>(
            """
            INSERT INTO reference_data.outbox_messages (id, type, content, occurred_on, processed_on, failed_attempts)
            SELECT gen_random_uuid(), 'purge-backlog', '{}', now() - interval '2 years', now() - interval '2 years', 0 FROM generate_series(1, $1)
            RETURNING 1
            """,
            PurgeDeliveredMessagesJob.RowsAStatement);

        await Purge();

        Assert.Equal(0L, await Scalar<long>("SELECT count(*) FROM reference_data.outbox_messages WHERE type = 'purge-backlog'"));
        Assert.Equal("0|1", await Scalar<string>("SELECT count(*) FILTER (WHERE id = $1) || '|' || count(*) FILTER (WHERE id = $2) FROM reference_data.outbox_messages", oldMessage, recentMessage));
        Assert.Equal("0|1", await Scalar<string>($"SELECT count(*) FILTER (WHERE message_id = $1) || '|' || count(*) FILTER (WHERE message_id = $2) FROM {OutboxConsumerFixture.Schema}.inbox_messages", oldMessage, recentMessage));
    }

    [Fact]
    public async Task An_inbox_record_stays_however_old_while_its_event_can_still_be_delivered()
    {
        var theme = await CreateTheme("purge-pending");
        await Retire(theme);
        await DeliverWithoutMarking(theme);
        // Pending for weeks since (a consumer kept refusing it, say), and handled by this consumer at the start.
        var message = await MessageOf(theme);
        await Scalar<int>("UPDATE reference_data.outbox_messages SET occurred_on = now() - interval '40 days' WHERE id = $1 RETURNING 1", message);
        await Scalar<int>($"UPDATE {OutboxConsumerFixture.Schema}.inbox_messages SET handled_on = now() - interval '40 days' WHERE message_id = $1 RETURNING 1", message);

        await Purge();
        await Process();

        Assert.Equal(1, await Received("purge-pending"));
        Assert.Equal(0, await PendingFor(theme));
    }

    [Fact]
    public async Task An_event_pending_in_the_outbox_of_a_module_this_host_does_not_run_keeps_the_inbox_records_it_may_need()
    {
        var theme = await CreateTheme("purge-switched-off");
        await Retire(theme);
        await Process();
        var message = await MessageOf(theme);
        await Scalar<int>($"UPDATE {OutboxConsumerFixture.Schema}.inbox_messages SET handled_on = now() - interval '40 days' WHERE message_id = $1 RETURNING 1", message);
        // A module switched off while one of its events was pending: its schema stays, unknown to this host's modules.
        await api.Factory.OwnerExecuteAsync(
            """
            CREATE SCHEMA switched_off;
            CREATE TABLE switched_off.outbox_messages (LIKE reference_data.outbox_messages INCLUDING ALL);
            CREATE TABLE switched_off.inbox_messages (LIKE reference_data.inbox_messages INCLUDING ALL);
            INSERT INTO switched_off.outbox_messages (id, type, content, occurred_on, failed_attempts)
            VALUES (gen_random_uuid(), 'pending', '{}', now() - interval '60 days', 0);
            """);
        try
        {
            if (PostgresServer.OwnerOf(api.Factory.ConnectionString) is not null)
            {
                await using var owner = NpgsqlDataSource.Create(api.Factory.OwnerConnectionString());
                await DatabaseRoles.GrantAsync(owner, "switched_off", DatabaseRoles.Application, [], CancellationToken.None);
            }

            await Purge();

            Assert.Equal(1L, await Scalar<long>($"SELECT count(*) FROM {OutboxConsumerFixture.Schema}.inbox_messages WHERE message_id = $1", message));
        }
        finally
        {
            await api.Factory.OwnerExecuteAsync("DROP SCHEMA switched_off CASCADE");
        }
    }

    private static object Item(string externalId, string audience) =>
        new { externalId, receivedOn = "2026-11-20", audience, cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "letter" };

    [Fact]
    public async Task An_accepted_items_FeedbackReceived_is_rebuilt_from_the_stored_item_as_the_contract()
    {
        var provider = await api.Factory.CreateProvider("Contract check");
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(provider)).Key);
        var posted = await partner.PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId = "contract-1", receivedOn = "2026-11-20", audience = "child-or-young-person", cohorts = new[] { "looked-after-children", "send" },
            serviceArea = "camhs", channel = "app", rating = 4, comment = "Not copied into the event", themes = new[] { "bullying", "respect" },
        });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var feedbackId = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        await ProcessCommissionedServices();

        var content = await Scalar<string>($"SELECT content FROM {OutboxConsumerFixture.Schema}.received_messages WHERE code = $1", $"feedback:{provider}:{feedbackId}");
        Assert.DoesNotContain("Not copied", content, StringComparison.Ordinal);
        var received = JsonSerializer.Deserialize<FeedbackReceived>(content, JsonSerializerOptions.Web)!;
        Assert.Equal(feedbackId, received.Id);
        Assert.Equal(feedbackId, received.FeedbackId);
        Assert.Equal(provider, received.ProviderId);
        Assert.Equal(new DateOnly(2026, 11, 20), received.ReceivedOn);
        Assert.Equal("child-or-young-person", received.Audience);
        Assert.Equal(["looked-after-children", "send"], received.Cohorts);
        Assert.Equal("camhs", received.ServiceArea);
        Assert.Equal("app", received.Channel);
        Assert.Equal(4, received.Rating);
        Assert.Equal(["bullying", "respect"], received.SuggestedThemes);
    }

    /// <summary>What a processor does before it dies: delivers the theme's event, and never marks its row processed.</summary>
    private async Task DeliverWithoutMarking(Guid theme)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<ReferenceDataDbContext>();
        var row = await context.OutboxMessages
            .FromSql($"SELECT * FROM reference_data.outbox_messages WHERE content->>'themeId' = {theme.ToString()} AND processed_on IS NULL")
            .SingleAsync();
        var integrationEvent = (await api.Factory.Services.GetRequiredService<IntegrationEventSerializer>().FromOutboxMessageAsync(row, [], CancellationToken.None)).Single();
        await api.Factory.Services.GetRequiredService<IntegrationEventDelivery>().DeliverAsync([integrationEvent], CancellationToken.None);
    }

    private Task<Guid> MessageOf(Guid theme) => Scalar<Guid>("SELECT id FROM reference_data.outbox_messages WHERE content->>'themeId' = $1", theme.ToString());

    private async Task Purge()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PurgeDeliveredMessagesJob>().RunAsync(CancellationToken.None);
    }

    private Task ProcessCommissionedServices() =>
        api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync("CommissionedServices", CancellationToken.None);

    private Task Process() => api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync(Module, CancellationToken.None);

    private Task<long> Received(string code) =>
        Scalar<long>($"SELECT count(*) FROM {OutboxConsumerFixture.Schema}.received_messages WHERE code = $1", code);

    private Task<long> PendingFor(Guid theme) =>
        Scalar<long>("SELECT count(*) FROM reference_data.outbox_messages WHERE content->>'themeId' = $1 AND processed_on IS NULL", theme.ToString());

    private async Task<Guid> CreateTheme(string code)
    {
        var response = await _admin.PostAsJsonAsync("/api/v1/reference-data/themes", new { code, name = code });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task Retire(Guid theme) =>
        Assert.Equal(HttpStatusCode.OK, (await _admin.PostStepAsync($"/api/v1/reference-data/themes/{theme}", "retirement")).StatusCode);

    private async Task<T> Scalar<T>(string sql, params object[] parameters) => (T)(await api.Factory.ScalarAsync(sql, parameters))!;
}
