using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Reporting.Collations;
using Participation.Modules.Reporting.Reach;
using Participation.Modules.Reporting.Voices;
using Participation.Modules.Reporting.Quarterly;

namespace Participation.Modules.Reporting.Persistence;

internal sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reporting";

    public override string Schema => SchemaName;

    public DbSet<Voice> Voices => Set<Voice>();

    public DbSet<ThemeCollation> ThemeCollations => Set<ThemeCollation>();

    public DbSet<CohortPopulation> Populations => Set<CohortPopulation>();

    public DbSet<YouSaidWeDidEntry> YouSaidWeDid => Set<YouSaidWeDidEntry>();

    /// <summary>
    /// Voices whose themes participation officers review here: every source's but a complaint's, which the complaints
    /// team tags in Complaints and which reach Reporting from there, and a review's, which records no themes.
    /// </summary>
    public IQueryable<Voice> ReviewableVoices => Voices.Where(voice => voice.Source != VoiceSources.Complaint && voice.Source != VoiceSources.Review);

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
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
            voice.Property(row => row.Quote).HasMaxLength(Redaction.QuoteMaxLength + 1);
            voice.PrimitiveCollection(row => row.Cohorts);
            voice.PrimitiveCollection(row => row.Themes);
            voice.Property(row => row.Version).IsRowVersion();
            // Extracts and collations read a period at a time, in the order voices were given.
            voice.HasIndex(row => new { row.GivenOn, row.Id });
        });

        modelBuilder.Entity<YouSaidWeDidEntry>(entry =>
        {
            entry.ToTable("you_said_we_did");
            entry.HasKey(row => row.Id);
            entry.Property(row => row.Id).ValueGeneratedNever();
            entry.Property(row => row.Source).HasMaxLength(TextLengths.Code);
            entry.Property(row => row.ServiceArea).HasMaxLength(TextLengths.Code);
            entry.Property(row => row.Said).HasMaxLength(Redaction.QuoteMaxLength + 1);
            entry.Property(row => row.Did).HasMaxLength(Redaction.QuoteMaxLength + 1);
            entry.Property(row => row.Outcome).HasMaxLength(TextLengths.Code);
            entry.HasIndex(row => new { row.AnsweredOn, row.Id });
        });

        modelBuilder.Entity<CohortPopulation>(population =>
        {
            population.ToTable("cohort_populations");
            population.HasKey(row => row.Id);
            population.Property(row => row.Id).ValueGeneratedNever();
            population.Property(row => row.Cohort).HasMaxLength(TextLengths.Code);
            population.HasIndex(row => new { row.Year, row.Cohort }).IsUnique();
        });

        modelBuilder.Entity<ThemeCollation>(collation =>
        {
            collation.ToTable("theme_collations");
            collation.HasKey(row => row.Id);
            collation.Property(row => row.Id).ValueGeneratedNever();
            collation.Property(row => row.Number).UseIdentityAlwaysColumn();
            collation.Property(row => row.HalfYear).HasMaxLength(HalfYear.LabelLength);
            collation.HasIndex(row => row.HalfYear).IsUnique();
            // json, not jsonb: kept byte for byte as produced, its keys in the order written.
            collation.Property(row => row.Content).HasColumnType("json");
        });
    }
}
