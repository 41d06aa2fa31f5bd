using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Reporting;

/// <summary>Extracts over voices written straight into the read model: what is tested is the reading, not the sources.</summary>
public sealed class VoiceExtractTests(VoiceExtractTests.Fixture api) : IClassFixture<VoiceExtractTests.Fixture>
{
    private const string Extract = "/api/v1/reports/voices/extract";
    private const int ManyVoices = 60_000;

    [Fact]
    public async Task A_csv_extract_has_a_header_and_one_rfc_4180_row_per_matching_voice()
    {
        var csv = await api.Factory.Client(Roles.Analyst).GetAsync($"{Extract}?from=2025-01-01&to=2025-01-31&source=complaint");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("given_on,source,service_area,audience,cohorts,channel,themes,themes_confirmed,rating,outcome,provider_id", lines[0]);
        Assert.Equal(["2025-01-15,complaint,fostering,parent,,email,placement-stability;being-listened-to,true,,upheld,"], lines[1..]);
    }

    [Fact]
    public async Task An_ndjson_extract_is_one_object_a_line_filtered_by_theme_and_service_area()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Extract}?theme=being-listened-to&serviceArea=camhs&to=2024-06-30");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/x-ndjson"));

        var response = await api.Factory.Client(Roles.Manager).SendAsync(request);

        Assert.Equal("application/x-ndjson", response.Content.Headers.ContentType?.MediaType);
        var rows = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var row = Assert.Single(rows);
        Assert.Equal("2024-06-30", row.GetProperty("givenOn").GetString());
        Assert.Equal(["looked-after-children", "send"], row.GetProperty("cohorts").EnumerateArray().Select(cohort => cohort.GetString()));
        Assert.Equal(3, row.GetProperty("rating").GetInt32());
    }

    [Fact]
    public async Task A_top_level_theme_filter_takes_its_sub_themes_with_it()
    {
        // The seeded "being-listened-to" is a sub-theme of "voice-and-respect".
        var csv = await api.Factory.Client(Roles.Analyst).GetStringAsync($"{Extract}?theme=voice-and-respect&to=2024-12-31");

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries)[1..];
        Assert.Equal(["2024-06-30", "2024-07-01"], rows.Select(row => row.Split(',')[0]));
    }

    [Fact]
    public async Task It_streams_the_first_rows_while_the_query_is_still_running_and_stops_when_the_client_hangs_up()
    {
        using var response = await api.Factory.Client(Roles.Administrator).GetAsync($"{Extract}?source=partner-feedback", HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var first = new byte[64 * 1024];
        var read = await body.ReadAtLeastAsync(first, first.Length);

        Assert.Equal(first.Length, read);
        Assert.True(await ExtractQueriesRunningAsync() > 0, "the query should still be sending rows after the first 64 KB");

        response.Dispose();
        await WaitUntilAsync(async () => await ExtractQueriesRunningAsync() == 0);
        var finished = await WaitForAsync(() => AuditedRowCountsAsync("?source=partner-feedback"));
        Assert.Equal(2, finished.Count);
        Assert.Null(finished[0]);
        Assert.InRange(finished[1]!.Value, 1, ManyVoices - 1);
    }

    [Fact]
    public async Task Every_extract_is_audited_before_its_first_row_and_with_its_row_count_after_the_last()
    {
        var csv = await api.Factory.Client(Roles.Analyst).GetStringAsync($"{Extract}?from=2024-06-30&to=2024-07-01");

        Assert.Equal(3, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal([null, 2], await WaitForAsync(() => AuditedRowCountsAsync("?from=2024-06-30&to=2024-07-01")));
    }

    [Theory]
    [InlineData(Roles.ParticipationOfficer)]
    [InlineData(Roles.ComplaintsOfficer)]
    public async Task Staff_without_an_analysts_role_are_refused(string role) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Factory.Client(role).GetAsync(Extract)).StatusCode);

    [Fact]
    public async Task A_partner_key_is_refused()
    {
        var provider = await api.Factory.CreateProvider("Extract-curious provider");
        var (_, key) = await api.Factory.IssueKey(provider, "feedback:read");

        Assert.Contains((await api.Factory.PartnerClient(key).GetAsync(Extract)).StatusCode, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden });
    }

    [Theory]
    [InlineData("from=2025-02-01&to=2025-01-01", "to")]
    [InlineData("source=gossip", "source")]
    [InlineData("from=yesterday", "from")]
    public async Task Bad_filters_are_a_400_naming_the_filter_before_anything_is_sent(string query, string field) =>
        await (await api.Factory.Client(Roles.Analyst).GetAsync($"{Extract}?{query}")).ShouldBeValidationProblemFor(field);

    private async Task<long> ExtractQueriesRunningAsync() =>
        (long)(await api.Factory.ScalarAsync(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND query LIKE '%FROM reporting.voices%'"))!;

    private async Task<List<int?>> AuditedRowCountsAsync(string query)
    {
        await using var connection = new NpgsqlConnection(api.Factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT item_count FROM audit.audit_events WHERE operation = 'ExtractVoices' AND query = $1 ORDER BY id",
            connection) { Parameters = { new() { Value = query } } };
        var counts = new List<int?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts.Add(reader.IsDBNull(0) ? null : reader.GetInt32(0));
        }

        return counts;
    }

    private static async Task<List<int?>> WaitForAsync(Func<Task<List<int?>>> entries)
    {
        for (var attempt = 0; ; attempt++)
        {
            var found = await entries();
            if (found.Count == 2 || attempt == 100)
            {
                return found;
            }

            await Task.Delay(50);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100 && !await condition(); attempt++)
        {
            await Task.Delay(50);
        }

        Assert.True(await condition());
    }

    /// <summary>A host whose read model holds a few known voices and many partner items, written straight in.</summary>
    public sealed class Fixture : ApiFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await Factory.ExecuteAsync(
                $$"""
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                VALUES
                  (gen_random_uuid(), 'complaint', '2025-01-15', 'fostering', 'parent', '{}', 'email', '{placement-stability,being-listened-to}', true, NULL, 'upheld', NULL, now()),
                  (gen_random_uuid(), 'partner-feedback', '2024-06-30', 'camhs', 'child-or-young-person', '{looked-after-children,send}', 'app', '{being-listened-to}', false, 3, NULL, gen_random_uuid(), now()),
                  (gen_random_uuid(), 'compliment', '2024-07-01', 'camhs', 'parent', '{}', 'letter', '{being-listened-to}', false, NULL, NULL, NULL, now());
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                SELECT gen_random_uuid(), 'partner-feedback', DATE '2023-01-01' + (n % 365), 'schools', 'child-or-young-person', '{send}', 'app', '{bullying}', false, 1 + n % 5, NULL, gen_random_uuid(), now()
                FROM generate_series(1, {{ManyVoices}}) AS n;
                """);
        }
    }
}
