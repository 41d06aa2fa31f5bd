using System.Net;
using Participation.BuildingBlocks.Application.Security;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Platform;

public sealed class TightLimitsFixture : ApiFixture
{
    public const string FrontEnd = "https://participation.council.example";

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:Partner:Burst"] = "3",
            ["RateLimiting:Partner:PermitsPerSecond"] = "1",
            ["RateLimiting:Partner:RefillSeconds"] = "3600",
            ["Cors:AllowedOrigins:0"] = FrontEnd,
        });
}

public sealed class ProtectionTests(TightLimitsFixture api) : IClassFixture<TightLimitsFixture>
{
    private const string Identity = "/api/v1/partner/identity";

    [Fact]
    public async Task A_partner_over_its_limit_gets_429_with_retry_after_and_another_partner_is_not_slowed()
    {
        var busy = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Busy partner"))).Key);
        var quiet = api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider("Quiet partner"))).Key);

        for (var request = 0; request < 3; request++)
        {
            var allowed = await busy.GetAsync(new Uri(Identity, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
            Assert.Equal("3", allowed.Headers.GetValues("RateLimit-Limit").Single());
            Assert.Equal((2 - request).ToString(System.Globalization.CultureInfo.InvariantCulture), allowed.Headers.GetValues("RateLimit-Remaining").Single());
        }

        var limited = await busy.GetAsync(new Uri(Identity, UriKind.Relative));
        await limited.ShouldBeProblem(HttpStatusCode.TooManyRequests);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("0", limited.Headers.GetValues("RateLimit-Remaining").Single());
        Assert.True(int.Parse(limited.Headers.GetValues("RateLimit-Reset").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await quiet.GetAsync(new Uri(Identity, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Five_hundred_concurrent_partner_requests_get_no_server_error_but_503()
    {
        var partners = await Task.WhenAll(Enumerable.Range(0, 5).Select(async index =>
            api.Factory.PartnerClient((await api.Factory.IssueKey(await api.Factory.CreateProvider($"Crowd {index}"))).Key)));

        var answers = await Task.WhenAll(Enumerable.Range(0, 500).Select(index => partners[index % partners.Length].GetAsync(new Uri(Identity, UriKind.Relative))));

        Assert.All(answers, answer => Assert.True(
            answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable,
            $"got {(int)answer.StatusCode}"));
        Assert.Equal(5 * 3, answers.Count(answer => answer.StatusCode == HttpStatusCode.OK));
    }

    [Fact]
    public async Task Api_responses_carry_security_headers_and_are_not_cached()
    {
        var response = await api.Factory.Client(Roles.Analyst).GetAsync(new Uri("/api/v1/reference-data/channels", UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TightLimitsFixture.FrontEnd, true)]
    [InlineData("https://elsewhere.example", false)]
    public async Task Only_the_configured_front_end_may_call_across_origins(string origin, bool allowed)
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/reference-data/themes");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");

        var response = await api.Factory.CreateClient().SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) && values.Single() == origin);
    }

    [Fact]
    public async Task The_front_end_may_read_the_headers_it_acts_on_a_refusal_included()
    {
        static HttpRequestMessage FromFrontEnd()
        {
            var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/reference-data/themes");
            request.Headers.Add("Origin", TightLimitsFixture.FrontEnd);
            return request;
        }

        using var refused = FromFrontEnd();
        using var answered = FromFrontEnd();
        var unauthorised = await api.Factory.CreateClient().SendAsync(refused);
        var ok = await api.Factory.Client(Roles.Analyst).SendAsync(answered);

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);
        Assert.Equal("Bearer", unauthorised.Headers.WwwAuthenticate.ToString());
        var exposed = unauthorised.Headers.GetValues("Access-Control-Expose-Headers").SelectMany(value => value.Split(',', StringSplitOptions.TrimEntries)).ToList();
        Assert.Contains("WWW-Authenticate", exposed, StringComparer.OrdinalIgnoreCase);
        foreach (var header in new[] { "RateLimit-Remaining", "ETag", "Retry-After" })
        {
            Assert.Contains(header, exposed, StringComparer.OrdinalIgnoreCase);
        }

        Assert.True(ok.Headers.Contains("RateLimit-Remaining"));
    }
}
