using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Partners;

/// <summary>What the partner platform keeps for every module's partner routes: idempotency records and rate-limit buckets.</summary>
internal sealed class PartnerPlatformDbContext(DbContextOptions<PartnerPlatformDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "partners";

    public override string Schema => SchemaName;

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(entry => new { entry.PartnerId, entry.Key });
            record.Property(entry => entry.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
            record.Property(entry => entry.Location).HasMaxLength(400);
            // A batch's response is ~90 KB; lz4 compresses it for a fraction of pglz's CPU inside the request.
            record.Property(entry => entry.ResponseBody).UseCompressionMethod("lz4");
        });

        // Written only by PartnerRateLimiter's one statement; mapped so the migration creates it.
        modelBuilder.Entity<RateLimitBucket>(bucket =>
        {
            bucket.ToTable("rate_limit_buckets");
            bucket.HasKey(entry => entry.PartnerId);
        });
    }
}

/// <summary>A partner's token bucket: how many tokens it held when last refilled.</summary>
internal sealed class RateLimitBucket
{
    public Guid PartnerId { get; init; }

    public double Tokens { get; init; }

    public DateTimeOffset RefilledAt { get; init; }
}
