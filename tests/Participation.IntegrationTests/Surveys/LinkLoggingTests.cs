using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Participation.Host;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A host whose log lines, scopes included, are captured the way its console provider is given them.</summary>
public sealed class LinkLoggingFixture : ApiFixture
{
    public CapturedLogs Logs { get; } = new();

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString)
        {
            ConfigureServices = services => services.AddSingleton(_ => LinkTokens.FromLogScopes(Logs)),
        };
}

/// <summary>Log lines keep a respondent route's shape, never the link's token.</summary>
public sealed class LinkLoggingTests(LinkLoggingFixture api) : IClassFixture<LinkLoggingFixture>
{
    [Fact]
    public async Task A_log_line_of_a_respondent_route_or_page_holds_no_token_and_the_console_logs_that_way()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var route = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];
        var token = route.Split('/')[^1];
        var respondent = api.Factory.CreateClient();

        await respondent.GetAsync(new Uri(route, UriKind.Relative));
        await respondent.GetAsync(new Uri($"/respond/{token}", UriKind.Relative));
        // Routing ignores the path's case, so a link typed in capitals opens the page too.
        await respondent.GetAsync(new Uri($"/RESPOND/{token}", UriKind.Relative));

        Assert.Contains(api.Logs.Lines, line => line.Contains("RequestPath:/api/v1/respond/{token}", StringComparison.Ordinal));
        Assert.Contains(api.Logs.Lines, line => line.Contains("RequestPath:/respond/{token}", StringComparison.Ordinal));
        Assert.DoesNotContain(api.Logs.Lines, line => line.Contains(token, StringComparison.Ordinal));
        var providers = api.Factory.Services.GetServices<ILoggerProvider>().ToList();
        Assert.DoesNotContain(providers, provider => provider is ConsoleLoggerProvider);
        Assert.Contains(providers, provider => provider.GetType().DeclaringType == typeof(LinkTokens));
    }
}
