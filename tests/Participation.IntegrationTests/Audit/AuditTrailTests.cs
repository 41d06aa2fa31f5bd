using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Audit;

public sealed class AuditFixture : ApiFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace" })
        {
            ConfigureServices = services => services.AddSingleton<ILoggerProvider>(Logs),
        };
}

public sealed class AuditTrailTests(AuditFixture api) : IClassFixture<AuditFixture>
{
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task A_staff_write_is_recorded_with_who_what_and_the_record_but_no_content()
    {
        var created = await _admin.PostAsJsonAsync("/api/v1/reference-data/service-areas", new { code = "audited-area", name = "Audited area name" });
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();

        var events = await Events($"recordId={id}");

        var recorded = Assert.Single(events);
        Assert.Equal("CreateServiceArea", recorded.GetProperty("operation").GetString());
        Assert.Equal("test-Administrator", recorded.GetProperty("actor").GetString());
        Assert.Equal(201, recorded.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Audited area name", recorded.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partner_read_of_a_feedback_item_is_recorded_and_the_comment_is_never_logged()
    {
        const string Secret = "my foster carer shouts at me";
        var provider = await api.Factory.CreateProvider("Audited partner");
        var (_, key) = await api.Factory.IssueKey(provider);
        var partner = api.Factory.PartnerClient(key);
        var posted = await partner.PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId = "audit-1", receivedOn = "2026-11-20", audience = "child-or-young-person", cohorts = Array.Empty<string>(),
            serviceArea = "camhs", channel = "app", comment = Secret,
        });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();

        await partner.GetAsync(posted.Headers.Location);

        var events = await Events($"recordId={id}");
        Assert.Equal(["GetPartnerFeedback", "PostPartnerFeedback"], events.Select(entry => entry.GetProperty("operation").GetString()));
        Assert.All(events, entry => Assert.StartsWith($"partner:{provider}/key:", entry.GetProperty("actor").GetString(), StringComparison.Ordinal));
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(Secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_partner_creation_under_an_idempotency_key_names_its_record()
    {
        var partner = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Keyed partner"))).Key);
        partner.DefaultRequestHeaders.Add("Idempotency-Key", "keyed-create-1");
        var posted = await partner.PostAsJsonAsync("/api/v1/partner/feedback", new
        {
            externalId = "keyed-1", receivedOn = "2026-11-20", audience = "parent", cohorts = Array.Empty<string>(), serviceArea = "camhs", channel = "app",
        });
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();

        Assert.Single(await Events($"recordId={id}"), entry => entry.GetProperty("operation").GetString() == "PostPartnerFeedback");
    }

    [Fact]
    public async Task A_write_whose_entry_cannot_be_written_changes_nothing_and_a_retry_is_recorded_once()
    {
        await using var owner = new NpgsqlConnection(api.Factory.OwnerConnectionString());
        await owner.OpenAsync();
        // The log refusing this one operation's entry, as a database going away between two commits would.
        await using (var refuse = new NpgsqlCommand(
            """
            CREATE FUNCTION audit.refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'entry refused'; END $$;
            CREATE TRIGGER refuse_for_test BEFORE INSERT ON audit.audit_events FOR EACH ROW
                WHEN (NEW.operation = 'CreateServiceArea') EXECUTE FUNCTION audit.refuse_for_test();
            """,
            owner))
        {
            await refuse.ExecuteNonQueryAsync();
        }

        var body = new { code = "unlogged-area", name = "Area whose entry was refused" };
        HttpResponseMessage refused;
        try
        {
            refused = await _admin.PostAsJsonAsync("/api/v1/reference-data/service-areas", body);
        }
        finally
        {
            await using var allow = new NpgsqlCommand("DROP TRIGGER refuse_for_test ON audit.audit_events; DROP FUNCTION audit.refuse_for_test()", owner);
            await allow.ExecuteNonQueryAsync();
        }

        Assert.True((int)refused.StatusCode >= 500, $"answered {refused.StatusCode}");
        await using (var count = new NpgsqlCommand("SELECT count(*) FROM reference_data.service_areas WHERE code = 'unlogged-area'", owner))
        {
            Assert.Equal(0L, await count.ExecuteScalarAsync());
        }

        var retried = await _admin.PostAsJsonAsync("/api/v1/reference-data/service-areas", body);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        var id = (await retried.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid().ToString();
        Assert.Single(await Events($"recordId={id}"));
    }

    [Fact]
    public async Task A_refused_write_changed_nothing_and_is_not_recorded()
    {
        await _admin.PostAsJsonAsync("/api/v1/reference-data/service-areas", new { code = "Not Valid", name = "x" });

        Assert.Empty(await Events("operation=CreateServiceArea&pageSize=500", entry => entry.GetProperty("status").GetInt32() >= 400));
    }

    [Theory]
    [InlineData("UPDATE audit.audit_events SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit.audit_events")]
    [InlineData("TRUNCATE audit.audit_events")]
    public async Task The_log_is_append_only_even_for_its_owner(string sql)
    {
        await _admin.PostAsJsonAsync("/api/v1/reference-data/service-areas", new { code = $"append-only-{Guid.NewGuid():N}"[..30], name = "x" });
        await using var connection = new NpgsqlConnection(api.Factory.OwnerConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", refused.MessageText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit.audit_events SET actor = 'someone else'")]
    [InlineData("DELETE FROM audit.audit_events")]
    [InlineData("TRUNCATE audit.audit_events")]
    [InlineData("ALTER TABLE audit.audit_events DISABLE TRIGGER audit_events_append_only")]
    [InlineData("SET session_replication_role = replica")]
    public async Task The_application_role_cannot_rewrite_the_log_or_switch_its_guard_off(string sql)
    {
        Assert.NotNull(PostgresServer.OwnerOf(api.Factory.ConnectionString));
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains(refused.SqlState, new[] { PostgresErrorCodes.InsufficientPrivilege });
    }

    [Fact]
    public async Task The_application_role_owns_nothing_and_is_no_superuser()
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user), (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE pg_get_userbyid(c.relowner) = current_user AND n.nspname NOT LIKE 'pg_%' AND n.nspname <> 'information_schema')",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();

        Assert.False(reader.GetBoolean(0));
        Assert.Equal(0L, reader.GetInt64(1));
    }

    [Fact]
    public async Task Only_administrators_read_the_log()
    {
        await (await api.Factory.Client(Roles.Manager).GetAsync(new Uri("/api/v1/audit-events", UriKind.Relative))).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_list_read_of_child_level_records_is_recorded_with_its_filters_and_count()
    {
        var officer = api.Factory.Client(Roles.ComplaintsOfficer);
        var page = await officer.GetFromJsonAsync<JsonElement>("/api/v1/complaints?serviceArea=fostering&pageSize=5");

        var recorded = Assert.Single(await Events("operation=ListComplaints"), entry => entry.GetProperty("query").GetString() == "?serviceArea=fostering&pageSize=5");
        Assert.Equal(page.GetProperty("items").GetArrayLength(), recorded.GetProperty("itemCount").GetInt32());
        Assert.Equal("test-ComplaintsOfficer", recorded.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task Refused_attempts_are_recorded()
    {
        await api.Factory.Client(Roles.Analyst).GetAsync(new Uri("/api/v1/providers/00000000-0000-0000-0000-000000000001/api-keys", UriKind.Relative));
        await api.Factory.Client().GetAsync(new Uri("/api/v1/reference-data/themes", UriKind.Relative));

        var forbidden = Assert.Single(await Events("operation=ListApiKeys"), entry => entry.GetProperty("status").GetInt32() == 403);
        Assert.Equal("test-Analyst", forbidden.GetProperty("actor").GetString());
        Assert.Contains(await Events("actor=anonymous"), entry => entry.GetProperty("status").GetInt32() == 401 && entry.GetProperty("operation").GetString() == "ListThemes");
    }

    private async Task<List<JsonElement>> Events(string query, Func<JsonElement, bool>? where = null)
    {
        var page = await _admin.GetFromJsonAsync<JsonElement>($"/api/v1/audit-events?{query}");
        return [.. page.GetProperty("items").EnumerateArray().Where(where ?? (_ => true))];
    }
}
