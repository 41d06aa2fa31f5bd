using System.Collections.Concurrent;
using System.Text;
using Microsoft.Extensions.Logging;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>Every log line the host writes, with its exception and its scopes, to search for what must never be logged.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<string> _lines = new();
    private IExternalScopeProvider? _scopes;

    public IEnumerable<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => logs._scopes?.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new StringBuilder();
            logs._scopes?.ForEachScope((scope, line) => line.Append(" [").Append(scope).Append(']'), scopes);
            logs._lines.Enqueue($"{category} {formatter(state, exception)} {exception}{scopes}");
        }
    }
}
