using System.Net;
using System.Net.Http.Json;
using Mediator;
using Participation.IntegrationTests.Infrastructure;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.Modules.Reporting.Collations;
using Participation.Modules.Reporting.Collations.Collate;
using Participation.Modules.Reporting.Persistence;

namespace Participation.IntegrationTests.Reporting;

/// <summary>Quotes end to end: a partner's comments, through redaction at the source and the outbox, into the collation.</summary>
public sealed class CollationQuoteTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private static readonly string[] Planted =
        ["Kayleigh", "Okafor", "Pritchard", "kayleigh.o@example.com", "07700 900456", "0161 496 0000", "M14 5RT", "sw1a1aa", "Mr Pritchard"];

    [Fact]
    public async Task The_leading_theme_carries_the_three_latest_quotes_of_people_who_agreed_with_nothing_planted_left_in_them()
    {
        var provider = await api.Factory.CreateProvider("Quoting provider", "camhs");
        var (_, key) = await api.Factory.IssueKey(provider);
        var partner = api.Factory.PartnerClient(key);
        string[] comments =
        [
            "Kayleigh Okafor helped me a lot, email kayleigh.o@example.com",
            "My worker listened when I rang 07700 900456",
            "Mr Pritchard came to see me at M14 5RT",
            "Nobody phoned back on 0161 496 0000 for weeks",
            "I moved to sw1a1aa and my worker still came",
            "Not for quoting: the worker never listened",
        ];
        for (var index = 0; index < comments.Length; index++)
        {
            var posted = await partner.PostAsJsonAsync("/api/v1/partner/feedback", new
            {
                externalId = $"quote-{index}", receivedOn = $"2026-0{index + 1}-15", audience = "child-or-young-person", serviceArea = "camhs", channel = "app",
                comment = comments[index], themes = new[] { "being-listened-to" }, consentToQuote = index < 5,
            });
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        }

        await api.Factory.Services.GetRequiredService<OutboxProcessor>().ProcessAsync("CommissionedServices", CancellationToken.None);
        var collation = await CollateFirstHalfOf2026Async();

        var theme = Assert.Single(collation.Themes);
        Assert.Equal(6, theme.Voices.Value);
        Assert.Equal(
            ["I moved to [postcode] and my worker still came", "Nobody phoned back on [phone] for weeks", "[name] came to see me at [postcode]"],
            theme.Quotes);
        Assert.All(theme.Quotes, quote => Assert.DoesNotContain(Planted, planted => quote.Contains(planted, StringComparison.OrdinalIgnoreCase)));
    }

    private async Task<ThemeCollationReport> CollateFirstHalfOf2026Async()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var job = new CollateThemesJob(services.GetRequiredService<ReportingDbContext>(), services.GetRequiredService<ThemeCollationStore>(), services.GetRequiredService<ISender>(), TimeProvider.System);
        return await job.CollateAsync("2026-H1", CancellationToken.None);
    }
}
