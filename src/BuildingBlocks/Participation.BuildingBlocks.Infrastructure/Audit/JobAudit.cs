namespace Participation.BuildingBlocks.Infrastructure.Audit;

/// <summary>
/// Audit entries for what a scheduled job does to child-level data (an erasure, say), where no request names an
/// actor: the job is the actor and its id the route. An entry is committed before the job acts on the record it names,
/// so an act is never unrecorded; a job stopped between the two acts again on its next run and records it again.
/// </summary>
public sealed class JobAudit
{
    private readonly AuditLog log;
    private readonly TimeProvider clock;

    internal JobAudit(AuditLog log, TimeProvider clock)
    {
        this.log = log;
        this.clock = clock;
    }

    /// <summary>Records that job <paramref name="jobId"/> performs <paramref name="operation"/> on <paramref name="recordIds"/>; completes once committed.</summary>
    public Task RecordAsync(string jobId, string operation, IEnumerable<string> recordIds)
    {
        ArgumentNullException.ThrowIfNull(recordIds);
        var now = clock.GetUtcNow();
        return Task.WhenAll(recordIds.Select(recordId => log.RecordAsync(new AuditEvent
        {
            OccurredOn = now,
            ActorScheme = "Job",
            Actor = jobId,
            Operation = operation,
            Method = "JOB",
            Route = jobId,
            RecordId = recordId,
            Status = 200,
        })));
    }
}
