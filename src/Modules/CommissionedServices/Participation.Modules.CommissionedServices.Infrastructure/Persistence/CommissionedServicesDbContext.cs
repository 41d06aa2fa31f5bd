using Participation.BuildingBlocks.Domain;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.Modules.CommissionedServices.Domain.Returns;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Providers;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

internal sealed class CommissionedServicesDbContext(DbContextOptions<CommissionedServicesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "commissioned_services";

    public override string Schema => SchemaName;

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();

    public DbSet<ParticipationReturn> Returns => Set<ParticipationReturn>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Provider>(provider =>
        {
            provider.ToTable("providers");
            provider.HasKey(entry => entry.Id);
            provider.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ProviderId(value));
            provider.Property(entry => entry.Name).HasMaxLength(TextLengths.Name);
            provider.HasIndex(entry => entry.Name).IsUnique();
            provider.Property(entry => entry.ContactName).HasMaxLength(TextLengths.Name);
            provider.Property(entry => entry.ContactEmail).HasMaxLength(TextLengths.Email);
            provider.PrimitiveCollection(entry => entry.ServiceAreas);
            provider.OwnsMany(entry => entry.ApiKeys, key =>
            {
                key.ToTable("api_keys");
                key.WithOwner().HasForeignKey("ProviderId");
                key.HasKey(entry => entry.Id);
                key.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ApiKeyId(value)).ValueGeneratedNever();
                key.Property(entry => entry.Prefix).HasMaxLength(16);
                key.HasIndex(entry => entry.Prefix).IsUnique();
                key.PrimitiveCollection(entry => entry.Scopes);
            });
            provider.Navigation(entry => entry.ApiKeys).UsePropertyAccessMode(PropertyAccessMode.Field);
        });

        modelBuilder.Entity<ParticipationReturn>(entry =>
        {
            entry.ToTable("returns");
            entry.HasKey(row => row.Id);
            entry.Property(row => row.Id).HasConversion(id => id.Value, value => new ReturnId(value));
            entry.Property(row => row.ProviderId).HasConversion(id => id.Value, value => new ProviderId(value));
            entry.HasOne<Provider>().WithMany().HasForeignKey(row => row.ProviderId).OnDelete(DeleteBehavior.Restrict);
            entry.Property(row => row.Period).HasMaxLength(ReportPeriod.LabelMaxLength);
            entry.HasIndex(row => new { row.ProviderId, row.Period }).IsUnique();
            entry.HasIndex(row => row.DueOn).HasFilter("first_submitted_at IS NULL");
            entry.Ignore(row => row.Status);
            entry.Ignore(row => row.Submissions);
            entry.Ignore(row => row.Reviews);
            // Both lists are only ever appended to: a count that grew is the whole change.
            entry.Property<List<ReturnSubmission>>("_submissions").HasColumnName("submissions").HasColumnType("jsonb").HasConversion(
                rows => JsonSerializer.Serialize(rows, JsonColumns),
                json => JsonSerializer.Deserialize<List<ReturnSubmission>>(json, JsonColumns)!,
                new ValueComparer<List<ReturnSubmission>>((one, other) => one!.Count == other!.Count, rows => rows.Count, rows => rows.ToList()));
            entry.Property<List<ReturnReview>>("_reviews").HasColumnName("reviews").HasColumnType("jsonb").HasConversion(
                rows => JsonSerializer.Serialize(rows, JsonColumns),
                json => JsonSerializer.Deserialize<List<ReturnReview>>(json, JsonColumns)!,
                new ValueComparer<List<ReturnReview>>((one, other) => one!.Count == other!.Count, rows => rows.Count, rows => rows.ToList()));
        });

        modelBuilder.Entity<FeedbackItem>(feedback =>
        {
            feedback.ToTable(FeedbackStore.Table);
            feedback.HasKey(item => item.Id);
            feedback.Property(item => item.Id).ValueGeneratedNever();
            // The order items were accepted in: a provider pages its own items by it. No sequence cache: values must be
            // handed out in the order they are drawn (docs/adr/0025-partner-feedback-pages-in-commit-order.md).
            feedback.Property<long>(FeedbackStore.Position).UseIdentityAlwaysColumn();
            feedback.Property(item => item.ProviderId).HasConversion(id => id.Value, value => new ProviderId(value));
            feedback.HasOne<Provider>().WithMany().HasForeignKey(item => item.ProviderId).OnDelete(DeleteBehavior.Restrict);
            feedback.Property(item => item.ExternalId).HasMaxLength(TextLengths.ExternalId);
            feedback.HasIndex(item => new { item.ProviderId, item.ExternalId }).IsUnique();
            feedback.HasIndex(nameof(FeedbackItem.ProviderId), FeedbackStore.Position);
            feedback.PrimitiveCollection(item => item.Cohorts);
            feedback.Property(item => item.ServiceArea).HasMaxLength(TextLengths.Code);
            feedback.Property(item => item.Rating).HasColumnType("smallint");
            feedback.Property(item => item.Comment).HasMaxLength(TextLengths.Statement);
            feedback.PrimitiveCollection(item => item.SuggestedThemes);
            feedback.Property(item => item.Version).IsRowVersion();
        });
    }
}
