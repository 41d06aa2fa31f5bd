using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace Participation.BuildingBlocks.Application.Behaviors;

/// <summary>
/// First in the pipeline: logs which message ran and how long it took. Never the message's content,
/// which may hold what a child said.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <inheritdoc />
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            LogHandled(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            return response;
        }
        catch (Exception exception)
        {
            LogFailed(typeof(TMessage).Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds, exception.GetType().Name);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Handled {MessageType} in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogHandled(string messageType, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "{MessageType} failed after {ElapsedMilliseconds:0.0} ms with {ExceptionType}")]
    private partial void LogFailed(string messageType, double elapsedMilliseconds, string exceptionType);
}
