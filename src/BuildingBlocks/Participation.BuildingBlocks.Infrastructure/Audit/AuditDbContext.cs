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
            audit.Property(entry => entry.ActorScheme).HasMaxLength(40);
            audit.Property(entry => entry.Actor).HasMaxLength(200);
            audit.Property(entry => entry.Operation).HasMaxLength(100);
            audit.Property(entry => entry.Method).HasMaxLength(10);
            audit.Property(entry => entry.Route).HasMaxLength(300);
            audit.Property(entry => entry.RecordId).HasMaxLength(100);
            audit.Property(entry => entry.Query).HasMaxLength(AuditedQuery.MaxLength);
            audit.Property(entry => entry.ClientAddress).HasMaxLength(64);
            audit.HasIndex(entry => entry.RecordId);
            audit.HasIndex(entry => entry.Actor);
            audit.HasIndex(entry => entry.OccurredOn);
        });
}
