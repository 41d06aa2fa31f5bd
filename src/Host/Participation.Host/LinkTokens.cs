using System.Collections;
using Microsoft.Extensions.Logging.Console;

namespace Participation.Host;

/// <summary>
/// A respondent's link is a capability (docs/domain/surveys.md#invitations): whoever holds its token can answer as the
/// family or opt them out. Spans and log lines record a respondent route's shape, never the token in its path.
/// </summary>
internal static class LinkTokens
{
    /// <summary>The respondent routes whose next segment is a link's token.</summary>
    private static readonly string[] LinkRoutes = ["/respond", "/api/v1/respond"];

    /// <summary>The route's shape (<c>/respond/{token}</c>) when <paramref name="path"/> carries a token, else null.</summary>
    public static string? Shape(PathString path)
    {
        foreach (var route in LinkRoutes)
        {
            // Routing matches paths whatever their case, so the token hides in /RESPOND/… too.
            if (path.StartsWithSegments(route, StringComparison.OrdinalIgnoreCase, out var rest) && rest.HasValue)
            {
                return $"{route}/{{token}}";
            }
        }

        return null;
    }

    /// <summary>A span of a respondent route records its shape as its path.</summary>
    public static void FromSpan(System.Diagnostics.Activity activity, HttpRequest request)
    {
        if (Shape(request.Path) is { } shape)
        {
            activity.SetTag("url.path", shape);
        }
    }

    /// <summary>
    /// The console provider <paramref name="inner"/> with every log scope's <c>RequestPath</c> (the request scope ASP.NET
    /// Core's hosting layer opens for every request, whatever the log level) shown by its shape on a respondent route.
    /// </summary>
    public static ILoggerProvider FromLogScopes(ILoggerProvider inner) => new ScrubbedConsole(inner);

    /// <summary>The same for the provider that exports logs over OTLP, should its scopes be turned on.</summary>
    public static ILoggerProvider FromExportedLogScopes(ILoggerProvider inner) => new ScrubbedExport(inner);

    private abstract class ScrubbedScopesProvider(ILoggerProvider inner) : ILoggerProvider, ISupportExternalScope
    {
        public ILogger CreateLogger(string categoryName) => inner.CreateLogger(categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(new ScrubbedScopes(scopeProvider));

        public void Dispose() => inner.Dispose();
    }

    /// <summary>Named as the console provider, so configuration under <c>Logging:Console</c> still reaches it.</summary>
    [ProviderAlias("Console")]
    private sealed class ScrubbedConsole(ILoggerProvider inner) : ScrubbedScopesProvider(inner);

    /// <summary>Named as OpenTelemetry's provider, so levels under <c>Logging:OpenTelemetry</c> still reach it.</summary>
    [ProviderAlias("OpenTelemetry")]
    private sealed class ScrubbedExport(ILoggerProvider inner) : ScrubbedScopesProvider(inner);

    private sealed class ScrubbedScopes(IExternalScopeProvider inner) : IExternalScopeProvider
    {
        public void ForEachScope<TState>(Action<object?, TState> callback, TState state) =>
            inner.ForEachScope(static (scope, pair) => pair.callback(Scrubbed(scope), pair.state), (callback, state));

        public IDisposable Push(object? state) => inner.Push(state);

        private static object? Scrubbed(object? scope) =>
            scope is IReadOnlyList<KeyValuePair<string, object?>> values
            && values.FirstOrDefault(value => value.Key == "RequestPath").Value is string path
            && Shape(new PathString(path)) is { } shape
                ? new ScopeValues([.. values.Select(value => value.Key == "RequestPath" ? new KeyValuePair<string, object?>(value.Key, shape) : value)])
                : scope;
    }

    /// <summary>A scope's values, written as the hosting layer's own scope writes itself (<c>Key:value</c> pairs).</summary>
    private sealed class ScopeValues(KeyValuePair<string, object?>[] values) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        public KeyValuePair<string, object?> this[int index] => values[index];

        public int Count => values.Length;

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join(' ', values.Select(value => $"{value.Key}:{value.Value}"));
    }
}
