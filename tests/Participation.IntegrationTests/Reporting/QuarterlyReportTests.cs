using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Reporting;

/// <summary>Quarter 2 of 2026-27 (July to September 2026) over voices written straight into the read model.</summary>
public sealed class QuarterlyReportTests(QuarterlyReportTests.Fixture api) : IClassFixture<QuarterlyReportTests.Fixture>
{
    [Fact]
    public async Task The_quarter_counts_its_voices_by_source_service_area_audience_cohort_theme_and_complaint_outcome_withholding_small_ones()
    {
        var report = await api.Factory.Client(Roles.Manager).GetFromJsonAsync<JsonElement>("/api/v1/reports/quarterly?year=2026&quarter=2");

        Assert.Equal("2026-27 Q2", report.GetProperty("period").GetProperty("label").GetString());
        Assert.Equal(16, report.GetProperty("voices").GetProperty("value").GetInt32());
        // 10 partner items, 6 complaints: both shown.
        Assert.Equal([("complaint", 6), ("partner-feedback", 10)], Shown(report.GetProperty("bySource")));
        // camhs 13, fostering 3: the lone small cell takes the other with it.
        Assert.Equal(["protecting", "small"], Withheld(report.GetProperty("byServiceArea")));
        Assert.Equal([("send", 10)], Shown(report.GetProperty("byCohort")));
        // "moves" and "contact" roll up to "quarterly-care" (one voice carries both: counted once); the seeded
        // "being-listened-to" to its top-level "voice-and-respect".
        var themes = report.GetProperty("themes").EnumerateArray().Select(theme => (theme.GetProperty("code").GetString(), theme.GetProperty("voices").GetProperty("value").ValueKind == JsonValueKind.Null ? (int?)null : theme.GetProperty("voices").GetProperty("value").GetInt32())).ToList();
        Assert.Equal([("quarterly-care", 10), ("voice-and-respect", null)], themes);
        // Complaints: 5 upheld, 1 not yet answered; with the 6 shown by source, the 5 would give the 1 away.
        Assert.Equal(["small", "protecting"], Withheld(report.GetProperty("complaintOutcomes")));
        Assert.Empty(report.GetProperty("youSaidWeDid").EnumerateArray());
    }

    [Fact]
    public async Task Where_the_complaints_cell_is_withheld_its_outcomes_are_withheld_with_it()
    {
        var report = await api.Factory.Client(Roles.Manager).GetFromJsonAsync<JsonElement>("/api/v1/reports/quarterly?year=2026&quarter=4");

        // 21 partner items, 6 complaints, 3 survey answers: the 3 take the 6 with them; shown as 6 not yet answered,
        // the outcomes would give the complaints back, and the total the survey answers.
        Assert.Equal(30, report.GetProperty("voices").GetProperty("value").GetInt32());
        Assert.Equal([("partner-feedback", 21)], Shown(report.GetProperty("bySource")));
        Assert.Empty(Shown(report.GetProperty("complaintOutcomes")));
        Assert.Equal(["protecting"], Withheld(report.GetProperty("complaintOutcomes")));
    }

    [Theory]
    [InlineData("year=2026&quarter=5", "quarter")]
    [InlineData("year=1999&quarter=1", "year")]
    public async Task A_quarter_out_of_range_is_a_400_naming_it(string query, string field) =>
        await (await api.Factory.Client(Roles.Analyst).GetAsync($"/api/v1/reports/quarterly?{query}")).ShouldBeValidationProblemFor(field);

    private static List<(string, int)> Shown(JsonElement cells) =>
        [.. cells.EnumerateObject().Where(cell => cell.Value.GetProperty("value").ValueKind == JsonValueKind.Number).Select(cell => (cell.Name, cell.Value.GetProperty("value").GetInt32()))];

    private static List<string?> Withheld(JsonElement cells) =>
        [.. cells.EnumerateObject().Select(cell => cell.Value.GetProperty("suppressed").GetString())];

    public sealed class Fixture : ApiFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var admin = Factory.Client(Roles.Administrator);
            var care = await admin.CreateThemeAsync("quarterly-care", "Care (quarterly)");
            await admin.CreateThemeAsync("quarterly-moves", "Moves", care);
            await admin.CreateThemeAsync("quarterly-contact", "Contact", care);
            await Factory.ExecuteAsync(
                """
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                SELECT gen_random_uuid(), 'partner-feedback', DATE '2026-07-01' + n, 'camhs', 'child-or-young-person', '{send}', 'app',
                       CASE WHEN n = 1 THEN '{quarterly-moves,quarterly-contact}'::text[] WHEN n <= 9 THEN '{quarterly-moves}' ELSE '{being-listened-to}' END,
                       false, 3, NULL, NULL, now()
                FROM generate_series(1, 10) AS n;
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                SELECT gen_random_uuid(), 'complaint', DATE '2026-09-24' + n, CASE WHEN n <= 3 THEN 'fostering' ELSE 'camhs' END, 'parent', '{}', 'email',
                       CASE WHEN n = 1 THEN '{quarterly-contact}'::text[] ELSE '{}' END, true, NULL, CASE WHEN n <= 5 THEN 'upheld' END, NULL, now()
                FROM generate_series(1, 6) AS n;
                -- Quarter 4 (January to March 2027): the complaints' cell protects the survey answers' small one.
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                SELECT gen_random_uuid(), CASE WHEN n <= 21 THEN 'partner-feedback' WHEN n <= 27 THEN 'complaint' ELSE 'survey' END, DATE '2027-02-01', 'camhs', 'parent', '{}', 'email',
                       '{}', false, NULL, NULL, NULL, now()
                FROM generate_series(1, 30) AS n;
                -- 1 October is the next quarter
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                VALUES (gen_random_uuid(), 'compliment', '2026-10-01', 'camhs', 'parent', '{}', 'letter', '{}', false, NULL, NULL, NULL, now());
                """);
        }
    }
}
