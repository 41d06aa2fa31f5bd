using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Forums;
using Participation.IntegrationTests.Infrastructure;
using static Participation.IntegrationTests.Reviews.ReviewScenarios;

namespace Participation.IntegrationTests.Reviews;

/// <summary>The quarter's figures and the SSDA903 file on a fixture worked out by hand (own database).</summary>
public sealed class ReviewReportTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    [Fact]
    public async Task The_quarter_matches_the_hand_computed_fixture_with_suppression_and_the_extract_matches_byte_for_byte()
    {
        await _officer.CreatedAsync(ReviewsPath, Review("C-001", "2026-07-10", Facts(true, ["spoke-for-themselves"], formSent: true, formReturned: true, offered: true), dueOn: "2026-07-15"));
        await _officer.CreatedAsync(ReviewsPath, Review("C-002", "2026-07-20", Facts(true, ["spoke-for-themselves"]), age: 12, dueOn: "2026-07-15"));
        await _officer.CreatedAsync(ReviewsPath, Review("C-003", "2026-08-03", Facts(true, ["spoke-for-themselves", "advocate-spoke"], offered: true, used: true), age: 15, dueOn: "2026-08-10"));
        await _officer.CreatedAsync(ReviewsPath, Review("C-004", "2026-08-14", Facts(true, ["spoke-for-themselves"], feltHelped: "partly"), age: 9, dueOn: "2026-08-20"));
        await _officer.CreatedAsync(ReviewsPath, Review("C-005", "2026-09-01", Facts(true, ["spoke-for-themselves"], informationGiven: false, offered: true), age: 16, dueOn: "2026-09-02"));
        var absent = await _officer.CreatedAsync(ReviewsPath, Review("C-001", "2026-09-20", Facts(false, ["not-conveyed"], informationGiven: false, offered: true, feltHelped: "not-asked")));
        await _officer.CreatedAsync(ReviewsPath, Review("C-010", "2026-07-05", Facts(true, ["symbolically"], offered: true, used: true, feltHelped: "not-asked"), kind: "initial-child-protection-conference", age: 8));
        await _officer.CreatedAsync(ReviewsPath, Review("C-011", "2026-08-25", Facts(false, ["not-conveyed"], informationGiven: false, feltHelped: "not-asked"), kind: "initial-child-protection-conference", age: 3));
        await _officer.CreatedAsync(ReviewsPath, Review("C-020", "2026-10-01", Facts(true, ["spoke-for-themselves"])));

        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/reviews/reports/quarterly?year=2026&quarter=2");

        Assert.Equal(8, report.GetProperty("reviews").GetProperty("value").GetInt32());
        // 6 looked-after reviews and 2 conferences: the 2 withheld, and the 6 with them so it cannot be subtracted.
        Assert.Equal("small", Suppressed(report, "byKind", "initial-child-protection-conference"));
        Assert.Equal("protecting", Suppressed(report, "byKind", "looked-after-review"));
        Assert.Equal("small", Suppressed(report, "participationCodes", "PN7"));
        Assert.Equal("protecting", Suppressed(report, "participationCodes", "PN1"));
        Assert.Equal(62.5, Percent(report, "prepared"));
        Assert.Equal("small", report.GetProperty("formReturned").GetProperty("suppressed").GetString());
        Assert.Equal(62.5, Percent(report, "advocateOffered"));
        Assert.Equal(40.0, Percent(report, "advocateUsed"));
        Assert.Equal(75.0, Percent(report, "viewsReachedMeeting"));
        Assert.Equal(80.0, Percent(report, "feltHelped"));
        Assert.Equal(20.0, Percent(report, "feltPartlyHelped"));
        Assert.True(report.GetProperty("meetsFeltHelpedBenchmark").GetBoolean());
        Assert.Equal(80.0, Percent(report, "onTime"));

        var extract = await api.Factory.Client(Roles.Manager).GetAsync(new Uri("/api/v1/reviews/ssda903?year=2026", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, extract.StatusCode);
        Assert.Equal("text/csv", extract.Content.Headers.ContentType!.MediaType);
        Assert.Equal(
            Encoding.UTF8.GetBytes(
                "CHILD,DOB,REVIEW,REVIEW_CODE\r\n" +
                "C-001,,10/07/2026,PN1\r\n" +
                "C-001,,20/09/2026,PN7\r\n" +
                "C-002,,20/07/2026,PN1\r\n" +
                "C-003,,03/08/2026,PN1\r\n" +
                "C-004,,14/08/2026,PN1\r\n" +
                "C-005,,01/09/2026,PN1\r\n" +
                "C-020,,01/10/2026,PN1\r\n"),
            await extract.Content.ReadAsByteArrayAsync());

        // The absent child's views did reach the review after all: the code and the figures follow the correction.
        var resource = $"{ReviewsPath}/{absent.GetProperty("id").GetGuid()}";
        var corrected = await _officer.ChangeAsync(HttpMethod.Put, resource, resource, Review("C-001", "2026-09-20", Facts(false, ["other-medium"], informationGiven: false, offered: true, feltHelped: "not-asked")));
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var after = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/reviews/reports/quarterly?year=2026&quarter=2");
        Assert.Equal("small", Suppressed(after, "participationCodes", "PN6"));
        Assert.False(after.GetProperty("participationCodes").TryGetProperty("PN7", out _));
        Assert.Equal(87.5, Percent(after, "viewsReachedMeeting"));
    }

    [Fact]
    public async Task The_codes_are_withheld_with_the_looked_after_reviews_they_break_down()
    {
        foreach (var (child, day) in new[] { ("S-001", "2025-10-06"), ("S-002", "2025-10-13"), ("S-003", "2025-10-20"), ("S-004", "2025-11-03"), ("S-005", "2025-11-10"), ("S-006", "2025-12-01") })
        {
            await _officer.CreatedAsync(ReviewsPath, Review(child, day, Facts(true, ["spoke-for-themselves"])));
        }

        await _officer.CreatedAsync(ReviewsPath, Review("S-010", "2025-10-07", Facts(true, ["symbolically"]), kind: "initial-child-protection-conference", age: 8));
        await _officer.CreatedAsync(ReviewsPath, Review("S-011", "2025-11-07", Facts(true, ["symbolically"]), kind: "initial-child-protection-conference", age: 9));

        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/reviews/reports/quarterly?year=2025&quarter=3");

        Assert.Equal(8, report.GetProperty("reviews").GetProperty("value").GetInt32());
        Assert.Equal("small", Suppressed(report, "byKind", "initial-child-protection-conference"));
        Assert.Equal("protecting", Suppressed(report, "byKind", "looked-after-review"));
        // Shown, the six PN1s would be the looked-after reviews, and 8 − 6 the conferences.
        Assert.Equal("protecting", Suppressed(report, "participationCodes", "PN1"));
    }

    private static string? Suppressed(JsonElement report, string breakdown, string key) =>
        report.GetProperty(breakdown).GetProperty(key).GetProperty("suppressed").GetString();

    private static double Percent(JsonElement report, string figure) => report.GetProperty(figure).GetProperty("value").GetDouble();
}
