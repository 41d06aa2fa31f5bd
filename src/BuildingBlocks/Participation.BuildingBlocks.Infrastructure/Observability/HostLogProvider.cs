using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Participation.BuildingBlocks.Infrastructure.Observability;

/// <summary>
/// Hangfire's log provider, which Hangfire keeps once for the whole process. Made from a host's logger factory, it
/// outlives that host wherever several hosts share a process (the integration tests): a job client created later
/// would ask the disposed factory for a logger and fail the request. A logger asked of a disposed factory is a silent
/// one instead; one host per process, as in production, never sees the difference.
/// </summary>
internal sealed class HostLogProvider(ILoggerFactory loggers) : ILogProvider
{
    private readonly AspNetCoreLogProvider inner = new(loggers);

    public Hangfire.Logging.ILog GetLogger(string name)
    {
        try
        {
            return inner.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : Hangfire.Logging.ILog
    {
        public static Silent Instance { get; } = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
