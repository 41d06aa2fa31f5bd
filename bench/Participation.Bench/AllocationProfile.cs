using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

/// <summary>
/// Where a process allocates: the runtime's GC allocation samples (one event about every 100 KB a thread allocates,
/// naming the type that crossed the mark and the stack that allocated it), recorded over EventPipe and summed by type
/// and by the frames above the allocation. A sample, not a census, but over thousands of requests the shares are what
/// a profiler shows.
/// </summary>
internal sealed class AllocationProfile
{
    private readonly EventPipeSession session;
    private readonly string tracePath = Path.Combine(Path.GetTempPath(), $"participation-allocations-{Guid.NewGuid():N}.nettrace");
    private readonly Task recording;

    private AllocationProfile(int processId)
    {
        // The rundown at the end names the JIT-compiled methods, so the stacks resolve without symbol files.
        session = new DiagnosticsClient(processId).StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, (long)ClrTraceEventParser.Keywords.GC),
            requestRundown: true);
        recording = Task.Run(async () =>
        {
            await using var file = File.Create(tracePath);
            await session.EventStream.CopyToAsync(file);
        });
    }

    public static AllocationProfile Start(int processId) => new(processId);

    /// <summary>Stops sampling; the types and the allocating stacks (innermost frames first) that allocated most.</summary>
    public async Task<(IReadOnlyList<(string Type, double Share)> Types, IReadOnlyList<(string Stack, double Share)> Stacks)> StopAsync(int top, int frames)
    {
        session.Stop();
        await recording;
        session.Dispose();
        var etlxPath = TraceLog.CreateFromEventPipeDataFile(tracePath);
        var bytesByType = new Dictionary<string, long>();
        var bytesByStack = new Dictionary<string, long>();
        using (var log = new TraceLog(etlxPath))
        {
            foreach (var traceEvent in log.Events)
            {
                if (traceEvent is not GCAllocationTickTraceData sample)
                {
                    continue;
                }

                bytesByType[sample.TypeName] = bytesByType.GetValueOrDefault(sample.TypeName) + sample.AllocationAmount64;
                var stack = string.Join(" < ", Frames(sample.CallStack()).Take(frames));
                var key = $"{sample.TypeName} @ {stack}";
                bytesByStack[key] = bytesByStack.GetValueOrDefault(key) + sample.AllocationAmount64;
            }
        }

        File.Delete(tracePath);
        File.Delete(etlxPath);
        var total = (double)Math.Max(1, bytesByType.Values.Sum());
        return (
            [.. bytesByType.OrderByDescending(pair => pair.Value).Take(top).Select(pair => (pair.Key, pair.Value / total))],
            [.. bytesByStack.OrderByDescending(pair => pair.Value).Take(top).Select(pair => (pair.Key, pair.Value / total))]);
    }

    private static IEnumerable<string> Frames(TraceCallStack? stack)
    {
        for (; stack is not null; stack = stack.Caller)
        {
            var method = stack.CodeAddress.FullMethodName;
            if (!string.IsNullOrEmpty(method))
            {
                yield return method.Length > 110 ? method[..110] : method;
            }
        }
    }
}
