using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.IntegrationTests.Forums;
using Participation.IntegrationTests.Infrastructure;
using Participation.IntegrationTests.Surveys;

namespace Participation.IntegrationTests.CommissionedServices;

/// <summary>The returns report on a fixture worked out by hand, with a stopped clock (own database).</summary>
public sealed class ReturnsReportTests(FixedClockFixture api) : IClassFixture<FixedClockFixture>
{
    private static readonly string[] Principles = ["purposeful", "timely", "transparent", "inclusive", "collaborative", "resourced", "accountable"];
    private readonly HttpClient _officer = api.Factory.Client(Roles.ParticipationOfficer);

    private static object Content(string score, int participants, string[] cohorts, string said = "The waiting room is unwelcoming.") => new
    {
        activities = new[]
        {
            new
            {
                title = "Young people's panel",
                audiences = new[] { "child-or-young-person" },
                cohorts,
                participantsReached = participants,
                hartRung = 5,
                lundy = new
                {
                    space = new { met = true, evidence = "Evening sessions." },
                    voice = new { met = true, evidence = "A youth worker helped." },
                    audience = new { met = false, evidence = (string?)null },
                    influence = new { met = false, evidence = (string?)null },
                },
            },
        },
        heard = "Waiting times.",
        themes = Array.Empty<string>(),
        youSaidWeDid = new[] { new { said, did = "The waiting room was redecorated with young people's art." } },
        selfAssessment = Principles.Select(principle => new { principle, score, evidence = "Evidence in the annual engagement plan, section 3, with minutes." }).ToArray(),
    };

    [Fact]
    public async Task One_periods_returns_are_on_time_late_or_missing_with_scores_trend_and_cohorts_withheld_below_5()
    {
        var onTime = await api.Factory.CreateProvider("Report provider A");
        var late = await api.Factory.CreateProvider("Report provider B");
        var missing = await api.Factory.CreateProvider("Report provider C");
        api.Clock.Now = new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero);
        var previous = await OpenAsync(onTime, 2025, "q4");
        await SubmitAsync(onTime, previous, Content("emerging", 10, ["send"]));
        var a = await OpenAsync(onTime, 2026, "q1");
        var b = await OpenAsync(late, 2026, "q1");
        await OpenAsync(missing, 2026, "q1");

        // Q1 ends on 30 June; 20 working days later is Tuesday 28 July.
        api.Clock.Now = new DateTimeOffset(2026, 7, 10, 9, 0, 0, TimeSpan.Zero);
        await SubmitAsync(onTime, a, Content("established", 14, ["send"], said: "Amira said the waiting room is unwelcoming."));
        api.Clock.Now = new DateTimeOffset(2026, 8, 3, 9, 0, 0, TimeSpan.Zero);
        await SubmitAsync(late, b, Content("exemplary", 3, ["send", "looked-after-children"]));

        var report = await api.Factory.Client(Roles.Analyst).GetFromJsonAsync<JsonElement>("/api/v1/providers/reports/returns?year=2026&period=q1");

        Assert.Equal("2026-27 Q1", report.GetProperty("period").GetString());
        Assert.Equal(
            ["on-time", "late", "missing"],
            report.GetProperty("providers").EnumerateArray().Select(entry => entry.GetProperty("standing").GetString()));
        Assert.Equal((0, 1, 1, 1), (report.GetProperty("due").GetInt32(), report.GetProperty("onTime").GetInt32(), report.GetProperty("late").GetInt32(), report.GetProperty("missing").GetInt32()));
        var purposeful = report.GetProperty("principles").EnumerateArray().Single(entry => entry.GetProperty("principle").GetString() == "purposeful");
        Assert.Equal(2.5, purposeful.GetProperty("mean").GetDouble());
        Assert.Equal(1.0, purposeful.GetProperty("previousMean").GetDouble());
        Assert.Equal(1, purposeful.GetProperty("scores").GetProperty("established").GetInt32());
        Assert.Equal(2, report.GetProperty("hartRungs").GetProperty("5").GetInt32());
        Assert.Equal(2, report.GetProperty("lundyMet").GetProperty("voice").GetInt32());
        Assert.False(report.GetProperty("lundyMet").TryGetProperty("influence", out _));
        Assert.Equal(17, report.GetProperty("participantsByCohort").GetProperty("send").GetProperty("value").GetInt32());
        Assert.Equal("small", report.GetProperty("participantsByCohort").GetProperty("looked-after-children").GetProperty("suppressed").GetString());

        // Accepted, the return's "you said, we did" reaches the quarterly report, redacted.
        var resource = $"/api/v1/providers/{onTime}/returns/{a}";
        var ratings = Principles.Select(principle => new { principle, rating = "green", note = (string?)null }).ToArray();
        Assert.Equal(HttpStatusCode.OK, (await api.Factory.Client(Roles.Manager).PostStepAsync(resource, "reviews", new { decision = "accept", ratings, comments = (string?)null })).StatusCode);
        var outbox = api.Factory.Services.GetRequiredService<OutboxProcessor>();
        await outbox.ProcessAsync("CommissionedServices", CancellationToken.None);
        await outbox.ProcessAsync("CommissionedServices", CancellationToken.None);
        Assert.Equal(
            "provider-return|camhs|[name] said the waiting room is unwelcoming.",
            await api.Factory.ScalarAsync("SELECT source || '|' || service_area || '|' || said FROM reporting.you_said_we_did WHERE source = 'provider-return'"));
    }

    private async Task<string> OpenAsync(Guid provider, int year, string period) =>
        (await _officer.CreatedAsync($"/api/v1/providers/{provider}/returns", new { year, period })).GetProperty("id").GetString()!;

    private async Task SubmitAsync(Guid provider, string id, object content) =>
        Assert.Equal(HttpStatusCode.OK, (await _officer.PostStepAsync($"/api/v1/providers/{provider}/returns/{id}", "submissions", content)).StatusCode);
}
