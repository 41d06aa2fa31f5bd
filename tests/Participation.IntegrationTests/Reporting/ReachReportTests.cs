using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Reporting;

public sealed class ReachReportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _admin = api.Factory.Client(Roles.Administrator);

    [Fact]
    public async Task Voices_per_cohort_are_set_against_the_recorded_population_and_small_ones_withheld()
    {
        await Record(2025, "looked-after-children", 350, "2025-03-31");
        await Record(2025, "looked-after-children", 400, "2026-03-31");
        await Record(2025, "young-carers", 3, "2026-03-31");
        await VoicesAsync("2025-06-01", "{looked-after-children,send}", 20);
        await VoicesAsync("2026-03-31", "{young-carers}", 3);
        await VoicesAsync("2026-04-01", "{looked-after-children}", 7);

        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/reports/reach?year=2025");

        Assert.Equal("2025-26", report.GetProperty("period").GetProperty("label").GetString());
        var cohorts = report.GetProperty("cohorts").EnumerateArray().ToDictionary(cohort => cohort.GetProperty("cohort").GetString()!);
        Assert.Equal(["looked-after-children", "send", "young-carers"], cohorts.Keys);
        // The correction replaced the first count: 20 voices from 400 children is 5.0 per 100.
        var looked = cohorts["looked-after-children"];
        Assert.Equal((400, "2026-03-31", 20, 5.0), (looked.GetProperty("population").GetProperty("value").GetInt32(), looked.GetProperty("populationAsAt").GetString(), looked.GetProperty("voices").GetProperty("value").GetInt32(), looked.GetProperty("voicesPer100").GetProperty("value").GetDouble()));
        // No population recorded for SEND: voices only.
        Assert.Equal(JsonValueKind.Null, cohorts["send"].GetProperty("population").ValueKind);
        // 3 young carers and 3 voices: both withheld, and no rate.
        var carers = cohorts["young-carers"];
        Assert.Equal(["small", "small", "small"], new[] { carers.GetProperty("population"), carers.GetProperty("voices"), carers.GetProperty("voicesPer100") }.Select(figure => figure.GetProperty("suppressed").GetString()));
    }

    [Theory]
    [InlineData(2025, """{"cohort":"looked-after-children","count":-1,"asAt":"2026-03-31"}""", "count")]
    [InlineData(2025, """{"cohort":"looked-after-children","count":10,"asAt":"2027-01-01"}""", "asAt")]
    [InlineData(2025, """{"cohort":"lions","count":10,"asAt":"2026-03-31"}""", "cohort")]
    public async Task A_population_that_cannot_be_right_is_a_400_naming_the_field(int year, string body, string field) =>
        await (await _admin.PutAsync($"/api/v1/reports/populations/{year}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"))).ShouldBeValidationProblemFor(field);

    private async Task Record(int year, string cohort, int count, string asAt) =>
        Assert.Equal(HttpStatusCode.NoContent, (await _admin.PutAsJsonAsync($"/api/v1/reports/populations/{year}", new { cohort, count, asAt })).StatusCode);

    private async Task VoicesAsync(string givenOn, string cohorts, int count)
    {
        await api.Factory.ExecuteAsync(
            $"""
            INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
            SELECT gen_random_uuid(), 'partner-feedback', '{givenOn}', 'camhs', 'child-or-young-person', '{cohorts}', 'app', '{"{}"}', false, NULL, NULL, NULL, now()
            FROM generate_series(1, {count})
            """);
    }
}
