using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mediator;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Reporting.Collations;
using Participation.Modules.Reporting.Collations.Collate;
using Participation.Modules.Reporting.Persistence;

namespace Participation.IntegrationTests.Reporting;

/// <summary>
/// The 2026-H1 collation over a fixture whose counts are worked out by hand below. The taxonomy: "collation-care" with
/// sub-themes "collation-moves" and "collation-contact", and "collation-voice".
/// </summary>
public sealed class ThemeCollationTests(ThemeCollationTests.Fixture api) : IClassFixture<ThemeCollationTests.Fixture>
{
    private const string Collations = "/api/v1/reports/theme-collations";

    [Fact]
    public async Task The_job_just_after_midnight_on_1_July_uk_time_collates_the_first_half_with_hand_computed_counts_and_again_yields_the_same_report()
    {
        // 00:30 BST on 1 July 2026 is still 30 June in UTC.
        var first = await RunJobAt(new DateTimeOffset(2026, 6, 30, 23, 30, 0, TimeSpan.Zero));
        var again = await RunJobAt(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));

        Assert.Equal("2026-H1", first.HalfYear);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(again));
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM reporting.theme_collations WHERE half_year = '2026-H1'"));

        // 13 voices in the half; 3 with confirmed themes, withheld.
        Assert.Equal((13, (int?)null), (first.Voices.Value!.Value, first.ConfirmedThemes.Value));
        Assert.Equal(["collation-care", "collation-voice"], first.Themes.Select(theme => theme.Code));

        // Care: 7 "moves" + 1 "moves and contact" (counted once) = 8 now; 5 "contact" the half before (one on
        // 31 December); 8 "moves" a year earlier. +3 on 5 is at least a quarter: rising. 8 of 13 = 61.5%.
        var care = first.Themes[0];
        Assert.Equal("Care (collation)", care.Name);
        Assert.Equal((8, 5, 8), (care.Voices.Value, care.PreviousHalf.Value, care.YearEarlier.Value));
        Assert.Equal((3, 0, "rising"), (care.ChangeOnPreviousHalf, care.ChangeOnYearEarlier, care.Trend));
        Assert.Equal(61.5, care.Share.Value);
        // Fostering 6 and CAMHS 2: the lone small cell takes the smallest shown one with it.
        Assert.Equal([("camhs", null, "small"), ("fostering", null, "protecting")], Cells(care.ByServiceArea));
        Assert.Equal([("looked-after-children", 5, null), ("send", null, "small")], Cells(care.ByCohort));

        // Voice: 3 now (the voice of 1 July is in the second half), withheld with its share; 6 before; none a year
        // earlier. No change or trend is published beside a withheld count.
        var voice = first.Themes[1];
        Assert.Equal((null, 6, 0), (voice.Voices.Value, voice.PreviousHalf.Value, voice.YearEarlier.Value));
        Assert.Equal((null, null, null), (voice.Share.Value, voice.ChangeOnPreviousHalf, voice.Trend));
        Assert.Equal(["collation-care"], first.Rising);
        Assert.Empty(first.Falling);
    }

    [Fact]
    public async Task An_administrator_asks_for_a_past_half_year_and_gets_the_stored_report_not_a_second_one()
    {
        var stored = await RunJobAt(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));
        var admin = api.Factory.Client(Roles.Administrator);

        var requested = await admin.PostAsJsonAsync(Collations, new { halfYear = "2026-H1" });

        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        Assert.Equal(stored.Id, (await requested.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
        var listed = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>(Collations);
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), item => item.GetProperty("halfYear").GetString() == "2026-H1");
        Assert.Equal(stored.Number, (await api.Factory.Client(Roles.Manager).GetFromJsonAsync<JsonElement>($"{Collations}/half-years/2026-H1")).GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task A_half_year_not_collated_is_queued_and_its_status_url_answers_404_until_the_job_has_run()
    {
        var admin = api.Factory.Client(Roles.Administrator);

        var requested = await admin.PostAsJsonAsync(Collations, new { halfYear = "2024-H2" });

        Assert.Equal(HttpStatusCode.Accepted, requested.StatusCode);
        Assert.Equal($"{Collations}/half-years/2024-H2", requested.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(requested.Headers.Location)).StatusCode);
        Assert.Equal(1L, await Scalar("SELECT count(*) FROM hangfire.job WHERE invocationdata::text LIKE '%CollateThemesJob%' AND arguments::text LIKE '%2024-H2%'"));
    }

    [Fact]
    public async Task A_made_up_cursor_past_every_collation_lists_nothing_rather_than_starting_again()
    {
        await RunJobAt(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));
        // 2^32: cast to an int it was 0, the start of the list.
        var cursor = Participation.BuildingBlocks.Application.Paging.Paging.EncodeCursor("4294967296");

        var listed = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>($"{Collations}?cursor={cursor}");

        Assert.Empty(listed.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("2026-H3")]
    [InlineData("H1-2026")]
    [InlineData("٢٠٢٦-H1")]
    [InlineData("2101-H1")]
    [InlineData("2027-H1")]
    public async Task A_half_year_that_is_malformed_or_not_yet_over_is_a_400_naming_halfYear(string halfYear) =>
        await (await api.Factory.Client(Roles.Administrator).PostAsJsonAsync(Collations, new { halfYear })).ShouldBeValidationProblemFor("halfYear");

    [Fact]
    public async Task The_csv_has_a_row_per_theme_and_per_breakdown_cell_with_withheld_counts_marked()
    {
        var response = await CollatedFirstHalfAs("text/csv", Roles.ParticipationOfficer);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("half_year,theme,theme_name,breakdown,value,voices,share_percent,previous_half,year_earlier,change_on_previous_half,change_on_year_earlier,trend", lines[0]);
        Assert.Contains("2026-H1,collation-care,Care (collation),all,,8,61.5,5,8,3,0,rising", lines);
        Assert.Contains("2026-H1,collation-care,Care (collation),service-area,fostering,[c],,,,,,", lines);
        Assert.Contains("2026-H1,collation-voice,Voice (collation),all,,<5,<5,6,0,,,", lines);
    }

    [Fact]
    public async Task The_pdf_renders_on_every_page_with_the_figures_and_both_charts()
    {
        var response = await CollatedFirstHalfAs("application/pdf", Roles.Manager);

        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var folder = Directory.CreateTempSubdirectory("collation-pdf-").FullName;
        var pdf = Path.Combine(folder, "collation.pdf");
        await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
        var pages = int.Parse(System.Text.RegularExpressions.Regex.Match(await Poppler.RunAsync("pdfinfo", pdf), @"Pages:\s+(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Poppler.RunAsync("pdftoppm", "-r", "40", "-png", pdf, Path.Combine(folder, "page"));
        Assert.Equal(pages, Directory.GetFiles(folder, "page*.png").Length);
        Assert.All(Directory.GetFiles(folder, "page*.png"), png => Assert.True(new FileInfo(png).Length > 1000, $"{png} is blank"));
        Assert.Equal(2, (await Poppler.RunAsync("pdfimages", "-list", pdf)).Split('\n').Count(line => line.Contains(" image ", StringComparison.Ordinal)));

        var text = await Poppler.RunAsync("pdftotext", "-layout", pdf, "-");
        Assert.Contains("Themes heard, 2026-H1", text);
        Assert.Contains("Collation no. 1, produced 1 July 2026.", text);
        Assert.Contains("Voices heard: 13. With themes confirmed by staff: <5.", text);
        Assert.Matches(@"Care \(collation\)\s+8\s+61\.5\s+5\s+8\s+rising", text);
        Assert.Matches(@"Voice \(collation\)\s+<5\s+<5\s+6\s+0", text);
        Assert.Matches(@"fostering\s+\[c\]", text);
    }

    /// <summary>The first half of 2026, collated, read by <paramref name="role"/> as <paramref name="mediaType"/>.</summary>
    private async Task<HttpResponseMessage> CollatedFirstHalfAs(string mediaType, string role)
    {
        var stored = await RunJobAt(new DateTimeOffset(2026, 7, 1, 1, 0, 0, TimeSpan.Zero));
        var request = new HttpRequestMessage(HttpMethod.Get, $"{Collations}/{stored.Id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
        return await api.Factory.Client(role).SendAsync(request);
    }

    [Fact]
    public async Task Complaints_officers_do_not_read_collations() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Factory.Client(Roles.ComplaintsOfficer).GetAsync(Collations)).StatusCode);

    private static IEnumerable<(string, int?, string?)> Cells(IReadOnlyDictionary<string, BuildingBlocks.Domain.Reporting.CountFigure> cells) =>
        cells.Select(cell => (cell.Key, cell.Value.Value, cell.Value.Suppressed?.ToString().ToLowerInvariant()));

    private async Task<ThemeCollationReport> RunJobAt(DateTimeOffset now)
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = new CollateThemesJob(services.GetRequiredService<ReportingDbContext>(), services.GetRequiredService<ThemeCollationStore>(), services.GetRequiredService<ISender>(), new FixedClock(now));
        return await job.RunAsync(CancellationToken.None);
    }

    private Task<object?> Scalar(string sql) => api.Factory.ScalarAsync(sql);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    /// <summary>The taxonomy through the API; the voices written straight into the read model, as the collation reads them.</summary>
    public sealed class Fixture : ApiFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var admin = Factory.Client(Roles.Administrator);
            var care = await admin.CreateThemeAsync("collation-care", "Care (collation)");
            await admin.CreateThemeAsync("collation-moves", "Moves", care);
            await admin.CreateThemeAsync("collation-contact", "Contact", care);
            await admin.CreateThemeAsync("collation-voice", "Voice (collation)");

            await Factory.ExecuteAsync(
                """
                INSERT INTO reporting.voices (id, source, given_on, service_area, audience, cohorts, channel, themes, themes_confirmed, rating, outcome, provider_id, recorded_at)
                SELECT gen_random_uuid(), 'partner-feedback', given_on::date, service_area, 'child-or-young-person', cohorts::text[], 'app', themes::text[], confirmed, NULL, NULL, NULL, now()
                FROM (VALUES
                  -- 2026-H1: 7 "moves" (fostering 5, camhs 2; looked-after 5), the last on 30 June
                  ('2026-01-10', 'fostering', '{looked-after-children}', '{collation-moves}', false),
                  ('2026-02-10', 'fostering', '{looked-after-children}', '{collation-moves}', false),
                  ('2026-03-10', 'fostering', '{looked-after-children}', '{collation-moves}', false),
                  ('2026-04-10', 'fostering', '{looked-after-children}', '{collation-moves}', false),
                  ('2026-05-10', 'camhs', '{looked-after-children}', '{collation-moves}', false),
                  ('2026-05-11', 'camhs', '{}', '{collation-moves}', false),
                  ('2026-06-30', 'fostering', '{}', '{collation-moves}', false),
                  -- one with two sub-themes of "care": counted once
                  ('2026-03-01', 'fostering', '{send}', '{collation-moves,collation-contact}', false),
                  -- 3 "voice", confirmed; 2 untagged
                  ('2026-02-01', 'schools', '{}', '{collation-voice}', true),
                  ('2026-02-02', 'schools', '{}', '{collation-voice}', true),
                  ('2026-02-03', 'schools', '{}', '{collation-voice}', true),
                  ('2026-04-01', 'schools', '{}', '{}', false),
                  ('2026-04-02', 'schools', '{}', '{}', false),
                  -- 1 July 2026 is the second half: in none of the three periods
                  ('2026-07-01', 'schools', '{}', '{collation-voice}', true),
                  -- 2025-H2: 5 "contact", the last on 31 December; 6 "voice"
                  ('2025-07-01', 'fostering', '{}', '{collation-contact}', false),
                  ('2025-08-01', 'fostering', '{}', '{collation-contact}', false),
                  ('2025-09-01', 'fostering', '{}', '{collation-contact}', false),
                  ('2025-10-01', 'fostering', '{}', '{collation-contact}', false),
                  ('2025-12-31', 'fostering', '{}', '{collation-contact}', false),
                  ('2025-07-02', 'schools', '{}', '{collation-voice}', false),
                  ('2025-08-02', 'schools', '{}', '{collation-voice}', false),
                  ('2025-09-02', 'schools', '{}', '{collation-voice}', false),
                  ('2025-10-02', 'schools', '{}', '{collation-voice}', false),
                  ('2025-11-02', 'schools', '{}', '{collation-voice}', false),
                  ('2025-12-02', 'schools', '{}', '{collation-voice}', false),
                  -- 2025-H1: 8 "moves"
                  ('2025-01-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-02-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-03-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-04-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-05-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-06-05', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-06-06', 'camhs', '{}', '{collation-moves}', false),
                  ('2025-06-30', 'camhs', '{}', '{collation-moves}', false),
                  -- 2024-12-31 is before all three periods
                  ('2024-12-31', 'camhs', '{}', '{collation-moves}', false)
                ) AS fixture(given_on, service_area, cohorts, themes, confirmed)
                """);
        }
    }
}
