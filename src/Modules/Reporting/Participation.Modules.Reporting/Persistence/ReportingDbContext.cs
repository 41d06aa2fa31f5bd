using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Reporting.Voices;

namespace Participation.Modules.Reporting.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<Voice> Voices => Set<Voice>();

    protected override void ConfigureModule(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Voice>(voice =>
        {
            voice.ToTable("voices");
            voice.HasKey(row => row.Id);
            voice.Property(row => row.Id).ValueGeneratedNever();
            voice.Property(row => row.Source).HasMaxLength(TextLengths.Code);
            voice.Property(row => row.ServiceArea).HasMaxLength(TextLengths.Code);
            voice.Property(row => row.Audience).HasMaxLength(TextLengths.Code);
            voice.Property(row => row.Channel).HasMaxLength(TextLengths.Code);
            voice.Property(row => row.Outcome).HasMaxLength(TextLengths.Code);
            voice.PrimitiveCollection(row => row.Cohorts);
            voice.PrimitiveCollection(row => row.Themes);
            // Extracts and collations read a period at a time, in the order voices were given.
            voice.HasIndex(row => new { row.GivenOn, row.Id });
        });
}
