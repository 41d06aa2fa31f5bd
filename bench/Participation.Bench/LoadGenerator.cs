using System.Diagnostics;
using System.Net;

/// <summary>What one measured period of load achieved.</summary>
/// <param name="Rate">Completed operations a second.</param>
/// <param name="P50">Median latency, ms.</param>
/// <param name="P99">99th-percentile latency, ms.</param>
/// <param name="Requests">Operations completed.</param>
internal sealed record LoadResult(double Rate, double P50, double P99, long Requests);

/// <summary>
/// A closed-loop load generator: a fixed number of connections, each sending its next request as soon as the last
/// response has been read to the end. Every response must have the expected status: a benchmark of errors measures
/// nothing.
/// </summary>
internal sealed class LoadGenerator(int connections) : IDisposable
{
    private readonly HttpMessageInvoker client = new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = connections,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
    });

    public Task<LoadResult> RunAsync(Func<HttpRequestMessage> request, HttpStatusCode expected, TimeSpan duration) =>
        ClosedLoop.RunAsync(connections, duration, async () =>
        {
            using var message = request();
            using var response = await client.SendAsync(message, CancellationToken.None);
            await response.Content.CopyToAsync(Stream.Null);
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{message.Method} {message.RequestUri}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        });

    public void Dispose() => client.Dispose();
}

/// <summary>A fixed number of workers, each starting its next operation as soon as the last has finished, for a time.</summary>
internal static class ClosedLoop
{
    public static async Task<LoadResult> RunAsync(int workers, TimeSpan duration, Func<Task> operation)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var perWorker = await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            var latencies = new List<long>(capacity: 4096);
            while (Stopwatch.GetTimestamp() < deadline)
            {
                var sent = Stopwatch.GetTimestamp();
                await operation();
                latencies.Add(Stopwatch.GetTimestamp() - sent);
            }

            return latencies;
        }));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = perWorker.SelectMany(latencies => latencies).Order().ToArray();
        var ticksPerMs = Stopwatch.Frequency / 1000.0;
        return new LoadResult(all.Length / elapsed, Statistics.Percentile(all, 0.50) / ticksPerMs, Statistics.Percentile(all, 0.99) / ticksPerMs, all.Length);
    }
}
