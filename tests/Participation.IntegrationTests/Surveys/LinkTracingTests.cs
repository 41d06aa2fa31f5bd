using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Logs;
using OpenTelemetry.Trace;
using Participation.IntegrationTests.Infrastructure;

namespace Participation.IntegrationTests.Surveys;

/// <summary>
/// A host that records traces and exported logs (as when an OTLP endpoint is configured) into memory, the logs with
/// their scopes, as an operator may turn them on.
/// </summary>
public sealed class TracingFixture : ApiFixture
{
    public Recorded<Activity> Spans { get; } = new();

    public Recorded<LogRecord> Logs { get; } = new();

    protected override ParticipationApiFactory CreateFactory(string connectionString) =>
        new(connectionString, new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9",
            ["Logging:OpenTelemetry:IncludeScopes"] = "true",
        })
        {
            ConfigureServices = services =>
            {
                services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(Spans));
                services.ConfigureOpenTelemetryLoggerProvider(logging => logging.AddInMemoryExporter(Logs));
            },
        };
}

/// <summary>Traces keep a respondent route's shape, never the link's token.</summary>
public sealed class LinkTracingTests(TracingFixture api) : IClassFixture<TracingFixture>
{
    [Fact]
    public async Task A_span_of_a_respondent_route_or_page_holds_no_token()
    {
        var (route, token, respondent, trace) = await RespondentAsync();

        await respondent.GetAsync(new Uri(route, UriKind.Relative));
        await respondent.GetAsync(new Uri($"/respond/{token}", UriKind.Relative));

        // A request's span ends, and is exported, just after its response is sent.
        bool Ours(Activity span, string path) => span.TraceId == trace && span.GetTagItem("url.path") as string == path;
        var spans = await api.Spans.WhenAsync(recorded => recorded.Any(span => Ours(span, "/api/v1/respond/{token}")) && recorded.Any(span => Ours(span, "/respond/{token}")));

        Assert.DoesNotContain(spans, span => span.DisplayName.Contains(token, StringComparison.Ordinal) || span.TagObjects.Any(tag => tag.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task A_log_record_exported_with_its_scopes_holds_no_token()
    {
        var (route, token, respondent, trace) = await RespondentAsync();

        await respondent.GetAsync(new Uri(route, UriKind.Relative));

        // Exported in batches, a moment after they are written.
        var records = (await api.Logs.WhenAsync(recorded => recorded.Any(record => record.TraceId == trace && Scopes(record).Contains("RequestPath:", StringComparison.Ordinal))))
            .Where(record => record.TraceId == trace).ToList();
        Assert.Contains(records, record => Scopes(record).Contains("RequestPath:/api/v1/respond/{token}", StringComparison.Ordinal));
        Assert.DoesNotContain(records, record => Scopes(record).Contains(token, StringComparison.Ordinal) || record.FormattedMessage?.Contains(token, StringComparison.Ordinal) == true
            || record.Attributes?.Any(attribute => attribute.Value?.ToString()?.Contains(token, StringComparison.Ordinal) == true) == true);
    }

    /// <summary>
    /// A link of a published survey, its token, and a respondent whose requests carry a trace of their own: the tracer
    /// listens process-wide, so other tests' hosts answering respondent routes at the same moment are recorded too.
    /// </summary>
    private async Task<(string Route, string Token, HttpClient Respondent, ActivityTraceId Trace)> RespondentAsync()
    {
        var survey = await api.Factory.PublishedSurveyAsync(anonymous: true);
        var route = (await api.Factory.IssueLinksAsync(survey, new { kind = "open" }))[0];
        var respondent = api.Factory.CreateClient();
        var trace = ActivityTraceId.CreateRandom();
        respondent.DefaultRequestHeaders.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        return (route, route.Split('/')[^1], respondent, trace);
    }

    private static string Scopes(LogRecord record)
    {
        var scopes = new System.Text.StringBuilder();
        record.ForEachScope(
            (scope, text) =>
            {
                foreach (var value in scope)
                {
                    text.Append(value.Key).Append(':').Append(value.Value).Append(' ');
                }
            },
            scopes);
        return scopes.ToString();
    }
}

/// <summary>Spans or log records as the in-memory exporter hands them over, with a way to wait for the ones a test expects.</summary>
public sealed class Recorded<T> : System.Collections.ObjectModel.Collection<T>
{
    private readonly object _gate = new();
    private (Func<IReadOnlyList<T>, bool> Until, TaskCompletionSource<T[]> Done)? _waiting;

    /// <summary>What was recorded once <paramref name="until"/> holds of it; fails after ten seconds.</summary>
    public Task<T[]> WhenAsync(Func<IReadOnlyList<T>, bool> until)
    {
        lock (_gate)
        {
            var done = new TaskCompletionSource<T[]>(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting = (until, done);
            Check();
            return done.Task.WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    protected override void InsertItem(int index, T item)
    {
        lock (_gate)
        {
            base.InsertItem(index, item);
            Check();
        }
    }

    private void Check()
    {
        if (_waiting is { } waiting && waiting.Until([.. Items]))
        {
            waiting.Done.TrySetResult([.. Items]);
        }
    }
}
