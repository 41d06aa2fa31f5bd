using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>
/// Deletes partner requests' idempotency records once a retry is no longer expected: a record keeps the response it
/// replays, which for a single feedback item holds the child's comment (docs/domain/data-protection-and-retention.md).
/// Safe to run twice: what is gone stays gone.
/// </summary>
internal sealed class PurgeIdempotencyRecordsJob(PartnerPlatformDbContext records, IOptions<IdempotencyOptions> options, TimeProvider clock)
{
    /// <summary>The job's id in Hangfire.</summary>
    public const string Id = "partners:purge-idempotency-records";

    /// <summary>04:00 UK time, daily.</summary>
    public const string Schedule = "0 4 * * *";

    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var reservedBefore = clock.GetUtcNow().AddDays(-options.Value.IdempotencyKeepDays);
        await records.IdempotencyRecords.Where(record => record.ReservedOn < reservedBefore).ExecuteDeleteAsync(cancellationToken);
    }
}

/// <summary>How long partner requests' idempotency records are kept.</summary>
internal sealed class IdempotencyOptions
{
    /// <summary>Days a record is kept after its request: a retry comes within minutes, a replay after a week is not expected.</summary>
    public int IdempotencyKeepDays { get; set; } = 7;
}
