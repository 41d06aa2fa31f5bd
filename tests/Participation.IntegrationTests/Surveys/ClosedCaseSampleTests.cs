using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Infrastructure.ClosedCases;
using static Participation.IntegrationTests.Surveys.ClosedCaseScenarios;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A host whose clock starts at 10:00 UTC on Tuesday 15 December 2026, drawing half of each service area's closures with a fixed seed.</summary>
public sealed class ClosedCaseSampleFixture : ApiFixture
{
    public const int Seed = 20261;

    public StoppedClock Clock { get; } = new(new DateTimeOffset(2026, 12, 15, 10, 0, 0, TimeSpan.Zero));

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?>
        {
            ["ClosedCases:SamplePercent"] = "50",
            ["ClosedCases:SampleSeed"] = Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        { ConfigureServices = services => services.AddSingleton<TimeProvider>(Clock) };
}

/// <summary>
/// The quarterly telephone sample, the call list and the end of contact details (docs/domain/closed-case-follow-up.md),
/// one story through a quarter: closures in October to December 2026 are drawn from on Monday 4 January 2027, the
/// first working day of the next quarter (1 January is a bank holiday, then a weekend).
/// </summary>
public sealed class ClosedCaseSampleTests(ClosedCaseSampleFixture api) : IClassFixture<ClosedCaseSampleFixture>
{
    [Fact]
    public async Task The_sample_is_drawn_once_by_service_area_reproducibly_worked_by_phone_and_contact_details_then_erased()
    {
        await api.Factory.ClosedCaseSurveyAsync("child-protection", "fostering");
        var caseSystem = await api.Factory.CaseSystemAsync("Case system (sample)");
        var protection = new List<Guid>();
        for (var number = 1; number <= 6; number++)
        {
            protection.Add(await PostAsync(caseSystem, Closure($"S-CP-{number}", "2026-11-02", "child-protection", $"Protection Family {number}", null)));
        }

        var fostering = new List<Guid>
        {
            await PostAsync(caseSystem, Closure("S-FO-1", "2026-10-05", "fostering", "Fostering Family 1", null)),
            await PostAsync(caseSystem, Closure("S-FO-2", "2026-12-01", "fostering", "Fostering Family 2", null)),
        };
        var optedOut = await PostAsync(caseSystem, Closure("S-OUT", "2026-11-02", "child-protection", "Opted Out Family", null));
        var responded = await PostAsync(caseSystem, Closure("S-ANS", "2026-11-02", "child-protection", "Answering Family", null));
        var noPhone = await PostAsync(caseSystem, Closure("S-NOPHONE", "2026-11-02", "child-protection", "Unreachable Family", null, phone: null));
        var notToContact = (await caseSystem.PostClosureAsync(new { closureId = "S-DNC", caseReference = "CASE-S-DNC", closedOn = "2026-11-02", serviceArea = "child-protection", doNotContact = true, doNotContactReason = "safeguarding" })).GetProperty("id").GetGuid();

        await api.Factory.RunLettersJobAsync();
        var officer = api.Factory.Client(Roles.ParticipationOfficer);
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync(new Uri($"{StaffPath}/{optedOut}/opt-out", UriKind.Relative), null)).StatusCode);
        var batch = await api.Factory.PrintBatchTextAsync("2026-12-15");
        var answering = SurveyScenarios.RespondRoute(LinkToken(batch[batch.IndexOf("Dear Answering Family,", StringComparison.Ordinal)..]));
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.CreateClient().PostAsJsonAsync(answering, new { version = 1, answers = new[] { new { question = 1, value = "2" } } })).StatusCode);

        // Only a letter that went can be followed by a call: the day's batch is printed.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsync(new Uri($"{StaffPath}/print-batches/2026-12-15/printed", UriKind.Relative), null)).StatusCode);

        // 1 January 2027 is a bank holiday: no draw until the first working day of the quarter.
        api.Clock.Now = new DateTimeOffset(2027, 1, 1, 10, 0, 0, TimeSpan.Zero);
        await RunAsync<DrawSampleJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.sample_draws"));

        api.Clock.Now = new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero);
        await RunAsync<DrawSampleJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<DrawSampleJob>(job => job.RunAsync(CancellationToken.None));

        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.sample_draws WHERE quarter = '2026-27 Q3' AND seed = $1", ClosedCaseSampleFixture.Seed));
        var drawn = await DrawnAsync();
        Assert.Equal(3, drawn.Count(protection.Contains));
        Assert.Equal(1, drawn.Count(fostering.Contains));
        Assert.DoesNotContain(optedOut, drawn);
        Assert.DoesNotContain(responded, drawn);
        Assert.DoesNotContain(noPhone, drawn);
        Assert.DoesNotContain(notToContact, drawn);

        // The recorded seed draws the same closures again from the same eligible ones.
        var eligible = await EligibleAsync();
        Assert.Equal(8, eligible.Count);
        var (_, again) = SampleDraw.Make("2026-27 Q3", [.. eligible.Select(entry => (new CaseClosureId(entry.Id), entry.ServiceArea))], ClosedCaseSampleFixture.Seed, new SampleSize(null, 50), api.Clock.Now);
        Assert.Equal(drawn.Order(), again.Select(id => id.Value).Order());

        var callList = await officer.GetFromJsonAsync<JsonElement>($"{StaffPath}/call-list");
        var calls = callList.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(drawn.Order(), calls.Select(item => item.GetProperty("id").GetGuid()).Order());
        Assert.All(calls, item => Assert.Equal("01632 960001", item.GetProperty("contact").GetProperty("phone").GetString()));

        // Three unanswered calls take a family off the list; feedback on the phone is a telephone response.
        var unanswered = drawn[0];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"{StaffPath}/{unanswered}/calls", new { outcome = "no-answer" })).StatusCode);
        }

        var givingFeedback = drawn[1];
        var feedback = await officer.PostAsJsonAsync($"{StaffPath}/{givingFeedback}/calls", new { outcome = "feedback-given", version = 1, answers = new object[] { new { question = 1, value = "3" }, new { question = 2, value = "They listened." } } });
        Assert.Equal("responded", (await feedback.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.responses WHERE channel = 'telephone' AND entered_by IS NOT NULL"));
        var declining = drawn[2];
        var declined = await (await officer.PostAsJsonAsync($"{StaffPath}/{declining}/calls", new { outcome = "declined", optOut = true })).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("opted-out", declined.GetProperty("status").GetString());
        var notDrawn = eligible.Select(entry => entry.Id).First(id => !drawn.Contains(id));
        await (await officer.PostAsJsonAsync($"{StaffPath}/{notDrawn}/calls", new { outcome = "no-answer" })).ShouldBreakRule(HttpStatusCode.Conflict, "closed-cases.not-on-call-list");
        var stillToCall = (await officer.GetFromJsonAsync<JsonElement>($"{StaffPath}/call-list")).GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetGuid()).ToList();
        Assert.Equal([drawn[3]], stillToCall);

        // Every follow-up that ended loses its contact details, recorded in the audit log; the one still to call keeps them
        // (all five held: a posted letter's family gave no email). More families still to be called than a run's batch,
        // all earlier in id order than those due and with old letters, must not stop the run short of them.
        await api.Factory.OwnerExecuteAsync($"""
            INSERT INTO surveys.case_closures
            SELECT (jsonb_populate_record(held, jsonb_build_object(
                'id', '00000000-0000-7000-8000-' || lpad(n::text, 12, '0'), 'closure_id', 'HELD-' || n, 'letter_date', held.letter_date - 365))).*
            FROM surveys.case_closures held, generate_series(1, 1001) n WHERE held.id = '{drawn[3]}'
            """);
        await RunAsync<EraseContactsJob>(job => job.RunAsync(CancellationToken.None));
        await RunAsync<EraseContactsJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(1001L, await api.Factory.ScalarAsync("SELECT count(*) FROM surveys.case_closures WHERE closure_id LIKE 'HELD-%' AND phone IS NOT NULL"));
        await api.Factory.OwnerExecuteAsync("DELETE FROM surveys.case_closures WHERE closure_id LIKE 'HELD-%'");
        foreach (var ended in new[] { unanswered, givingFeedback, declining, notDrawn, optedOut, responded })
        {
            Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT num_nonnulls(addressee_name, postal_address, email, phone, preferred_language, format)::bigint FROM surveys.case_closures WHERE id = $1", ended));
            Assert.Equal(1L, await api.Factory.ScalarAsync("SELECT count(*) FROM audit.audit_events WHERE operation = 'EraseClosedCaseContact' AND record_id = $1", ended.ToString()));
        }

        Assert.Equal(5L, await api.Factory.ScalarAsync("SELECT num_nonnulls(addressee_name, postal_address, email, phone, preferred_language, format)::bigint FROM surveys.case_closures WHERE id = $1", drawn[3]));

        // Without an end, a letter's contact details go ninety days after it (unless the family is still to be called).
        api.Clock.Now = new DateTimeOffset(2027, 3, 15, 10, 0, 0, TimeSpan.Zero);
        await RunAsync<EraseContactsJob>(job => job.RunAsync(CancellationToken.None));
        Assert.Equal(0L, await api.Factory.ScalarAsync("SELECT num_nonnulls(addressee_name, postal_address, email, phone, preferred_language, format)::bigint FROM surveys.case_closures WHERE id = $1", noPhone));
        Assert.Equal(5L, await api.Factory.ScalarAsync("SELECT num_nonnulls(addressee_name, postal_address, email, phone, preferred_language, format)::bigint FROM surveys.case_closures WHERE id = $1", drawn[3]));

        var report = await api.Factory.Client(Roles.Manager).GetFromJsonAsync<JsonElement>($"{StaffPath}/reports/quarterly?year=2026&quarter=3");
        Assert.Equal(12, report.GetProperty("closures").GetProperty("value").GetInt32());
        Assert.Equal(11, report.GetProperty("letters").GetProperty("post").GetProperty("value").GetInt32());
        Assert.Equal(ClosedCaseSampleFixture.Seed, report.GetProperty("sample").GetProperty("seed").GetInt32());
        Assert.Equal(8, report.GetProperty("sample").GetProperty("eligible").GetProperty("value").GetInt32());
        Assert.Equal("small", report.GetProperty("sample").GetProperty("drawn").GetProperty("suppressed").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await api.Factory.Client(Roles.ComplaintsOfficer).GetAsync(new Uri($"{StaffPath}/reports/quarterly?year=2026&quarter=3", UriKind.Relative))).StatusCode);
    }

    private static async Task<Guid> PostAsync(HttpClient caseSystem, object closure) => (await caseSystem.PostClosureAsync(closure)).GetProperty("id").GetGuid();

    private async Task RunAsync<TJob>(Func<TJob, Task> run)
        where TJob : notnull
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        await run(scope.ServiceProvider.GetRequiredService<TJob>());
    }

    private async Task<List<Guid>> DrawnAsync()
    {
        var ids = (string)(await api.Factory.ScalarAsync("SELECT coalesce(string_agg(id::text, ',' ORDER BY id), '') FROM surveys.case_closures WHERE drawn"))!;
        return [.. ids.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];
    }

    private async Task<List<(Guid Id, string ServiceArea)>> EligibleAsync()
    {
        var rows = (string)(await api.Factory.ScalarAsync("SELECT coalesce(string_agg(id::text || '|' || service_area, ',' ORDER BY id), '') FROM surveys.case_closures WHERE sample_draw_id IS NOT NULL"))!;
        return [.. rows.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(row => row.Split('|')).Select(parts => (Guid.Parse(parts[0]), parts[1]))];
    }
}
