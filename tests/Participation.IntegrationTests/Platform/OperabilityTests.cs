using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Health;
using Participation.BuildingBlocks.Infrastructure.Hosting;
using Participation.BuildingBlocks.Infrastructure.Modules;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class OperabilityTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public async Task Readiness_answers_json_naming_each_check()
    {
        var response = await api.Factory.Client().GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", health.GetProperty("status").GetString());
        Assert.Equal(["database", "hangfire-storage", "outbox-delivery"], health.GetProperty("checks").EnumerateArray().Select(check => check.GetProperty("name").GetString()).Order());
    }

    [Fact]
    public async Task Readiness_is_degraded_while_an_outbox_event_keeps_failing_delivery_and_healthy_again_once_it_is_delivered()
    {
        var message = Guid.NewGuid();
        await api.Factory.ExecuteAsync(
            $"INSERT INTO surveys.outbox_messages (id, type, content, occurred_on, failed_attempts, last_error) VALUES ('{message}', 'test.refused', '{{}}', now(), 10, 'InvalidOperationException')");
        try
        {
            var degraded = await ReadinessAsync();
            Assert.Equal("Degraded", degraded.GetProperty("status").GetString());
            var outbox = degraded.GetProperty("checks").EnumerateArray().Single(check => check.GetProperty("name").GetString() == "outbox-delivery");
            Assert.Equal("Outbox events failing delivery 10 times or more, by module: Surveys 1.", outbox.GetProperty("description").GetString());

            await api.Factory.ExecuteAsync($"UPDATE surveys.outbox_messages SET processed_on = now() WHERE id = '{message}'");
            Assert.Equal("Healthy", (await ReadinessAsync()).GetProperty("status").GetString());
        }
        finally
        {
            await api.Factory.ExecuteAsync($"DELETE FROM surveys.outbox_messages WHERE id = '{message}'");
        }
    }

    [Fact]
    public async Task Readiness_reads_only_the_events_failing_delivery_not_a_backlog_of_pending_ones()
    {
        // As after an outage: many events pending, none failing.
        await api.Factory.ExecuteAsync(
            "INSERT INTO reviews.outbox_messages (id, type, content, occurred_on, failed_attempts) SELECT gen_random_uuid(), 'test.backlog', '{}', now(), 0 FROM generate_series(1, 20000); ANALYZE reviews.outbox_messages");
        try
        {
            using var scope = api.Factory.Services.CreateScope();
            var reviews = api.Factory.Services.GetRequiredService<ModuleRegistry>().Modules.Single(module => module.Name == "Reviews");
            var check = ((ModuleDbContext)scope.ServiceProvider.GetRequiredService(reviews.DbContextType))
                .OutboxMessages.Where(OutboxDeliveryHealthCheck.FailingDelivery).ToQueryString();

            var plan = (string)(await api.Factory.ScalarAsync($"EXPLAIN (FORMAT JSON) {check}"))!;

            Assert.Contains("ix_outbox_messages_failed_attempts", plan, StringComparison.Ordinal);
            Assert.Equal("Healthy", (await ReadinessAsync()).GetProperty("status").GetString());
        }
        finally
        {
            await api.Factory.ExecuteAsync("DELETE FROM reviews.outbox_messages WHERE type = 'test.backlog'");
        }
    }

    private async Task<JsonElement> ReadinessAsync()
    {
        // Degraded still answers 200: a stuck event is for someone to look at, not a reason to stop routing requests here.
        var response = await api.Factory.Client().GetAsync(new Uri("/health/ready", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Metrics_are_scraped_by_administrators_only()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.Factory.Client().GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Factory.Client(Roles.Analyst).GetAsync(new Uri("/metrics", UriKind.Relative))).StatusCode);

        var scraped = await api.Factory.Client(Roles.Administrator).GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, scraped.StatusCode);
        Assert.Contains("http_server_request_duration", await scraped.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_started_from_another_folder_logs_its_lines_with_the_trace_id_a_caller_is_given()
    {
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Participation"] = await (await PostgresServer.Instance).CreateDatabaseAsync(),
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting"] = "Information",
        };
        var traceId = string.Empty;

        var lines = await HostProcess.RunWhileAsync(settings, new Uri($"http://127.0.0.1:{LocalPostgresCluster.FreePort()}"), async client =>
        {
            var problem = await (await client.GetAsync(new Uri("/api/v1/no-such-route", UriKind.Relative))).Content.ReadFromJsonAsync<JsonElement>();
            // W3C form: 00-{trace id}-{span id}-{flags}
            traceId = problem.GetProperty("traceId").GetString()!.Split('-')[1];
        });

        var requestLines = lines.Where(line => line.Contains("/api/v1/no-such-route", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(requestLines);
        Assert.All(requestLines, line => Assert.Contains($"\"TraceId\":\"{traceId}\"", line, StringComparison.Ordinal));
        Assert.All(requestLines, line => Assert.Contains("\"SpanId\":", line, StringComparison.Ordinal));
    }
}
