using System.Net;
using Npgsql;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

/// <summary>The database goes away under a running host, then comes back.</summary>
public sealed class OutageTests
{
    [Fact]
    public async Task With_the_database_gone_requests_get_503_with_retry_after_and_service_resumes_when_it_returns()
    {
        var direct = new NpgsqlConnectionStringBuilder(await (await PostgresServer.Instance).CreateDatabaseAsync());
        await using var proxy = new TcpProxy(direct.Host!, direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 3 };
        await using var api = new ParticipationApiFactory(throughProxy.ConnectionString);
        var client = api.Client(Roles.Analyst);
        var themes = new Uri("/api/v1/reference-data/themes", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(themes)).StatusCode);

        await proxy.CutAsync();
        var duringOutage = await client.GetAsync(themes);

        await duringOutage.ShouldBeProblem(HttpStatusCode.ServiceUnavailable);
        Assert.True(duringOutage.Headers.RetryAfter?.Delta > TimeSpan.Zero);

        proxy.Restore();
        var afterwards = HttpStatusCode.ServiceUnavailable;
        for (var attempt = 0; attempt < 10 && afterwards != HttpStatusCode.OK; attempt++)
        {
            // The first request after the outage may still draw a pooled connection that the cut left broken.
            afterwards = (await client.GetAsync(themes)).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, afterwards);
    }
}
