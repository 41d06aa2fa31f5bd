using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

/// <summary>
/// Where a process allocates: the runtime's GC allocation samples (one event about every 100 KB a thread allocates,
/// naming the type that crossed the mark), read live over EventPipe and summed by type. A sample, not a census, but
/// over thousands of requests the shares are what a profiler shows.
/// </summary>
internal sealed class AllocationProfile
{
    private readonly EventPipeSession session;
    private readonly Task<Dictionary<string, long>> reading;

    private AllocationProfile(int processId)
    {
        session = new DiagnosticsClient(processId).StartEventPipeSession(
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose, (long)ClrTraceEventParser.Keywords.GC),
            requestRundown: false);
        reading = Task.Run(() =>
        {
            var bytesByType = new Dictionary<string, long>();
            using var source = new EventPipeEventSource(session.EventStream);
            source.Clr.GCAllocationTick += sample =>
                bytesByType[sample.TypeName] = bytesByType.GetValueOrDefault(sample.TypeName) + sample.AllocationAmount64;
            source.Process();
            return bytesByType;
        });
    }

    public static AllocationProfile Start(int processId) => new(processId);

    /// <summary>Stops sampling; the types that allocated most, with their share of the sampled bytes.</summary>
    public async Task<IReadOnlyList<(string Type, double Share)>> StopAsync(int top)
    {
        session.Stop();
        var bytesByType = await reading;
        session.Dispose();
        var total = (double)Math.Max(1, bytesByType.Values.Sum());
        return [.. bytesByType.OrderByDescending(pair => pair.Value).Take(top).Select(pair => (pair.Key, pair.Value / total))];
    }
}
