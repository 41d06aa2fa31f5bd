using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Participation.Host.DemoData;
using Participation.IntegrationTests.Infrastructure;
using Participation.Modules.Reporting.Collations.Collate;

namespace Participation.IntegrationTests.Platform;

/// <summary>
/// The <c>seed-demo</c> command's data, at a small size, through the real API (the collation jobs it queues are run
/// directly, as the host's Hangfire server would): every source reaches the reports, the collations are stored, and a
/// second run adds nothing.
/// </summary>
public sealed class DemoDataTests(DemoDataTests.Fixture api) : IClassFixture<DemoDataTests.Fixture>
{
    [Fact]
    public async Task Demo_data_reaches_every_report_and_a_second_run_adds_nothing()
    {
        var seeded = api.Seeded;
        Assert.NotNull(seeded);
        // Eighteen months to yesterday (2026-12-02 when written: July 2025 on), so two whole half-years at least.
        Assert.True(seeded.Collations!.Count >= 2);
        Assert.Equal(seeded.Collations.Count, await Count("SELECT count(*) FROM reporting.theme_collations"));
        Assert.Equal(seeded.Feedback, await Count("SELECT count(*) FROM reporting.voices WHERE source = 'partner-feedback'"));
        Assert.Equal(seeded.Complaints, await Count("SELECT count(*) FROM reporting.voices WHERE source = 'complaint'"));
        Assert.Equal(seeded.Compliments, await Count("SELECT count(*) FROM reporting.voices WHERE source = 'compliment'"));
        Assert.Equal(seeded.SurveyAnswers, await Count("SELECT count(*) FROM reporting.voices WHERE source = 'survey'"));
        Assert.Equal(seeded.SurveyAnswers, await Count("SELECT count(*) FROM surveys.responses"));
        Assert.True(seeded.ConfirmedThemes > 0);
        Assert.Equal(seeded.ConfirmedThemes, await Count("SELECT count(*) FROM reporting.voices WHERE themes_confirmed AND source <> 'complaint'"));
        // Partners' comments sent without themes got the taxonomy's suggestions from the match terms the demo keeps.
        Assert.Equal(0L, await Count("SELECT count(*) FROM reporting.voices WHERE source = 'partner-feedback' AND cardinality(themes) = 0"));
        // Planted phone numbers never reach a quote.
        Assert.Equal(0L, await Count("SELECT count(*) FROM reporting.voices WHERE quote LIKE '%07700%'"));
        Assert.True(await Count("SELECT count(*) FROM reporting.cohort_populations") > 0);

        var voices = await Count("SELECT count(*) FROM reporting.voices");
        Assert.Null(await api.Seeder().SeedAsync(CancellationToken.None));
        Assert.Equal(voices, await Count("SELECT count(*) FROM reporting.voices"));
    }

    [Fact]
    public void The_command_refuses_to_run_outside_development_and_is_not_there_unless_asked_for()
    {
        var production = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });

        var refusal = Assert.Throws<InvalidOperationException>(() => DemoDataCommand.From(["seed-demo"], production));
        Assert.Contains("Development", refusal.Message, StringComparison.Ordinal);
        Assert.Null(DemoDataCommand.From([], WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" })));
    }

    private async Task<long> Count(string sql) => (long)(await api.Factory.ScalarAsync(sql))!;

    public class Fixture : ApiFixture
    {
        public CapturedLogs Logs { get; } = new();

        /// <summary>What the first run seeded, once for the class.</summary>
        internal DemoSummary Seeded { get; private set; } = null!;

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            try
            {
                Seeded = await Seeder().SeedAsync(CancellationToken.None) ?? throw new InvalidOperationException("The first run seeded nothing.");
            }
            catch (InvalidOperationException failure)
            {
                // The API's answer names only a trace id: what the host logged is what explains it.
                throw new InvalidOperationException($"{failure.Message}\nThe host logged:\n{string.Join("\n", Logs.Lines.Where(line => line.Contains("Exception", StringComparison.Ordinal)).TakeLast(3))}", failure);
            }
        }

        internal DemoSeeder Seeder() =>
            new(
                new DemoApi(Factory.Server.CreateHandler(), Factory.Server.BaseAddress, role => ParticipationApiFactory.Token(role)),
                cancellationToken => DemoDataCommand.DeliverEventsAsync(Factory.Services, cancellationToken),
                TimeProvider.System,
                new DemoSize(FeedbackPerProviderMonth: 2, ComplaintsPerMonth: 1, ComplimentsPerMonth: 1, Confirmations: 10, SurveyAnswers: 6),
                async (halfYear, cancellationToken) =>
                {
                    // The queued job, run here as the host's Hangfire server would run it.
                    await using var scope = Factory.Services.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CollateThemesJob>().CollateAsync(halfYear, cancellationToken);
                });

        protected override ParticipationApiFactory CreateFactory(string connectionString) =>
            // The contract tests over this data send a thousand or so requests as one person.
            new(connectionString, UnthrottledApiFixture.NoRateLimits)
            {
                ConfigureServices = services => services.AddSingleton<ILoggerProvider>(Logs),
            };
    }
}
