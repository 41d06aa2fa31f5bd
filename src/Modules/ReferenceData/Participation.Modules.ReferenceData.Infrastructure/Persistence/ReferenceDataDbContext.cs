using Participation.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.ReferenceData.Application;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Infrastructure.Persistence;

internal sealed class ReferenceDataDbContext(DbContextOptions<ReferenceDataDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reference_data";

    public override string Schema => SchemaName;

    public DbSet<ServiceArea> ServiceAreas => Set<ServiceArea>();

    public DbSet<Theme> Themes => Set<Theme>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ServiceArea>(serviceArea =>
        {
            serviceArea.ToTable("service_areas");
            serviceArea.HasKey(area => area.Id);
            serviceArea.Property(area => area.Id).HasConversion(id => id.Value, value => new ServiceAreaId(value));
            serviceArea.Property(area => area.Code).HasMaxLength(TextLengths.Code);
            serviceArea.Property(area => area.Name).HasMaxLength(TextLengths.Name);
            serviceArea.HasIndex(area => area.Code).IsUnique();
        });

        modelBuilder.Entity<Theme>(theme =>
        {
            theme.ToTable("themes");
            theme.HasKey(entry => entry.Id);
            theme.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ThemeId(value));
            theme.Property(entry => entry.ParentId).HasConversion(id => id!.Value.Value, value => new ThemeId(value));
            theme.Property(entry => entry.Code).HasMaxLength(TextLengths.Code);
            theme.Property(entry => entry.Name).HasMaxLength(TextLengths.Name);
            theme.PrimitiveCollection(entry => entry.MatchTerms);
            theme.HasIndex(entry => entry.Code).IsUnique();
            theme.HasOne<Theme>().WithMany().HasForeignKey(entry => entry.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
    }
}
