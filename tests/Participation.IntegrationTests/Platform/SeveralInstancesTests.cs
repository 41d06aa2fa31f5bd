using System.Net;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>Two instances of the API on one database, as a deployment with replicas runs it.</summary>
public sealed class SeveralInstancesTests
{
    private const int Burst = 10;

    [Fact]
    public async Task Two_hosts_started_together_on_a_fresh_database_both_become_ready_and_hold_a_partner_to_one_budget()
    {
        var connectionString = await (await PostgresServer.Instance).CreateDatabaseAsync();
        // No refill worth counting while the test runs: every request after the burst must be refused, at either host.
        var limits = new Dictionary<string, string?>
        {
            ["RateLimiting:Partner:Burst"] = Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RateLimiting:Partner:PermitsPerSecond"] = "1",
            ["RateLimiting:Partner:RefillSeconds"] = "3600",
        };
        await using var first = new ParticipationApiFactory(connectionString, limits);
        await using var second = new ParticipationApiFactory(connectionString, limits);

        // Both migrate and seed at the same moment: one waits for the other's advisory lock and finds the work done.
        await Task.WhenAll(Task.Run(() => first.Server), Task.Run(() => second.Server));
        foreach (var host in new[] { first, second })
        {
            Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        }

        var (_, key) = await first.IssueKey(await first.CreateProvider("Bursting partner"));
        var clients = new[] { first.PartnerClient(key), second.PartnerClient(key) };
        var answers = await Task.WhenAll(Enumerable.Range(0, 4 * Burst).Select(index =>
            clients[index % 2].GetAsync(new Uri("/api/v1/partner/identity", UriKind.Relative))));

        // One instance grants exactly the burst; two sharing the budget through PostgreSQL grant the same, not twice it.
        Assert.Equal(Burst, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(answer => answer.StatusCode != HttpStatusCode.OK), answer => Assert.Equal(HttpStatusCode.TooManyRequests, answer.StatusCode));
    }
}
