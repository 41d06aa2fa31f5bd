using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// A single writer with group commit. A request hands its entry over and waits until the entry has committed; the
/// writer takes every entry waiting at that moment (up to <see cref="MaxBatch"/>), writes them in one transaction with
/// one commit, and only then releases the requests, which send their responses. So nothing is acknowledged before it
/// is durable, but concurrent requests share one round trip and one WAL flush instead of queueing for one each
/// (docs/adr/0008-idempotency-and-audit.md, docs/adr/0024-answers-through-links-group-committed.md).
/// </summary>
/// <typeparam name="TEntry">What a request hands over.</typeparam>
/// <typeparam name="TOutcome">What the commit says about each entry.</typeparam>
public abstract partial class GroupCommitWriter<TEntry, TOutcome>(ILogger logger) : BackgroundService
{
    /// <summary>The most entries one commit carries.</summary>
    public const int MaxBatch = 1000;

    private const int GatherPasses = 4;
    private const int GatherUntil = 64;

    // Bounded: past this many waiting entries a request waits to hand its entry over, so a stalled database holds
    // requests back instead of growing the host's memory.
    private readonly Channel<Pending> queue = Channel.CreateBounded<Pending>(new BoundedChannelOptions(10 * MaxBatch)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>What an entry is called in the log (e.g. "audit entries").</summary>
    protected abstract string EntriesName { get; }

    /// <summary>Writes <paramref name="entry"/>; completes once it has committed, and throws if it could not be.</summary>
    public async Task<TOutcome> WriteAsync(TEntry entry)
    {
        var pending = new Pending(entry);
        // Not the request's token: once handed over, an entry is written even if its client has gone.
        await queue.Writer.WriteAsync(pending, CancellationToken.None);
        return await pending.Committed.Task;
    }

    /// <summary>Writes <paramref name="batch"/> in one transaction; returns each entry's outcome, in order.</summary>
    protected abstract Task<IReadOnlyList<TOutcome>> CommitAsync(IReadOnlyList<TEntry> batch);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The web server stops before this service does (hosted services stop in reverse order, and the server is
        // registered after them), so by the time the queue is completed no request is left to hand an entry over;
        // whatever is queued is still written.
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            // A commit and its WAL flush are the fixed cost of a batch, so before each the writer lets the requests
            // already running reach it: a few passes of the thread pool's queue while few entries wait. Under load
            // this made batches of ~13 audit rows into ~20 (a third fewer commits); idle, a pass costs microseconds.
            for (var pass = 0; pass < GatherPasses && queue.Reader.Count < GatherUntil; pass++)
            {
                await Task.Yield();
            }

            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteBatchAsync(batch);
            batch.Clear();
        }
    }

    /// <inheritdoc />
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        return base.StopAsync(cancellationToken);
    }

    private async Task WriteBatchAsync(List<Pending> batch)
    {
        try
        {
            var outcomes = await CommitAsync([.. batch.Select(pending => pending.Entry)]);
            if (outcomes.Count != batch.Count)
            {
                throw new InvalidOperationException($"{outcomes.Count} outcomes for {batch.Count} {EntriesName}.");
            }

            for (var index = 0; index < batch.Count; index++)
            {
                batch[index].Committed.TrySetResult(outcomes[index]);
            }
        }
        catch (PostgresException refused) when (batch.Count > 1 && (!refused.IsTransient || refused.SqlState == PostgresErrorCodes.DeadlockDetected))
        {
            // One entry the database refuses (a value too long, say), or a deadlock with another transaction over rows
            // the batch locks, must not fail the requests that shared its commit: each is tried again on its own.
            foreach (var pending in batch)
            {
                await WriteBatchAsync([pending]);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong, the loop must go on: an exception escaping it would leave every later request waiting.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            LogNotWritten(logger, batch.Count, EntriesName, exception.GetType().Name);
            batch.ForEach(pending => pending.Committed.TrySetException(exception));
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} {Entries} could not be written ({ExceptionType}); their requests fail")]
    private static partial void LogNotWritten(ILogger logger, int count, string entries, string exceptionType);

    private sealed class Pending(TEntry entry)
    {
        public TEntry Entry { get; } = entry;

        // Continuations run on the thread pool, never inline on the writer's loop.
        public TaskCompletionSource<TOutcome> Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
