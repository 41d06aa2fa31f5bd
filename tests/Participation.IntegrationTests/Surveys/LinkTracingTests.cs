using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>A host that records traces (as when an OTLP endpoint is configured) into memory.</summary>
public sealed class TracingFixture : ApiFixture
{
    public List<Activity> Spans { get; } = [];

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" })
        {
            ConfigureServices = services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans)),
        };
}

/// <summary>Traces keep a respondent route's shape, never the link's token.</summary>
public sealed class LinkTracingTests(TracingFixture api) : IClassFixture<TracingFixture>
{
    [Fact]
    public async Task A_span_of_a_respondent_route_or_page_holds_no_token()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var route = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];
        var token = route.Split('/')[^1];
        var respondent = api.Factory.CreateClient();

        await respondent.GetAsync(new Uri(route, UriKind.Relative));
        await respondent.GetAsync(new Uri($"/respond/{token}", UriKind.Relative));

        // A request's span ends, and is exported, just after its response is sent.
        Activity[] spans = [];
        for (var wait = 0; wait < 50 && spans.Count(span => (span.GetTagItem("url.path") as string)?.EndsWith("{token}", StringComparison.Ordinal) == true) < 2; wait++)
        {
            await Task.Delay(100);
            lock (api.Spans)
            {
                spans = [.. api.Spans];
            }
        }

        Assert.Contains(spans, span => span.GetTagItem("url.path") as string == "/api/v1/respond/{token}");
        Assert.Contains(spans, span => span.GetTagItem("url.path") as string == "/respond/{token}");
        Assert.DoesNotContain(spans, span => span.DisplayName.Contains(token, StringComparison.Ordinal) || span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true));
    }
}
