using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Audit;

internal sealed class AuditDbContext(DbContextOptions<AuditDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "audit";

    public override string Schema => SchemaName;

    public DbSet<AuditEvent> Events => Set<AuditEvent>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<AuditEvent>(audit =>
        {
            audit.ToTable("audit_events");
            audit.HasKey(entry => entry.Id);
            audit.Property(entry => entry.Id).UseIdentityAlwaysColumn();
            // Lengths come from the [MaxLength] attributes on AuditEvent, which the OpenAPI document publishes too.
            audit.HasIndex(entry => entry.RecordId);
            audit.HasIndex(entry => entry.Actor);
            audit.HasIndex(entry => entry.OccurredOn);
        });
}
