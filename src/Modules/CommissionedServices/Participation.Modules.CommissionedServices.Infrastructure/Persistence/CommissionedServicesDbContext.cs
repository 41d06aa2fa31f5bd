using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.CommissionedServices.Application.Providers;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.CommissionedServices.Domain.Feedback;
using Participation.Modules.CommissionedServices.Domain.Providers;
using Participation.Modules.CommissionedServices.Infrastructure.Idempotency;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

internal sealed class CommissionedServicesDbContext(DbContextOptions<CommissionedServicesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "commissioned_services";

    public override string Schema => SchemaName;

    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<FeedbackItem> FeedbackItems => Set<FeedbackItem>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Provider>(provider =>
        {
            provider.ToTable("providers");
            provider.HasKey(entry => entry.Id);
            provider.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ProviderId(value));
            provider.Property(entry => entry.Name).HasMaxLength(ProviderDetailsValidator.MaxNameLength);
            provider.HasIndex(entry => entry.Name).IsUnique();
            provider.Property(entry => entry.Kind).HasConversion<string>().HasMaxLength(40);
            provider.Property(entry => entry.ContactName).HasMaxLength(ProviderDetailsValidator.MaxNameLength);
            provider.Property(entry => entry.ContactEmail).HasMaxLength(ProviderDetailsValidator.MaxEmailLength);
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

        modelBuilder.Entity<FeedbackItem>(feedback =>
        {
            feedback.ToTable(FeedbackStore.Table);
            feedback.HasKey(item => item.Id);
            feedback.Property(item => item.Id).ValueGeneratedNever();
            // The order items were accepted in: a provider pages its own items by it.
            feedback.Property<long>(FeedbackStore.Position).UseIdentityAlwaysColumn();
            feedback.Property(item => item.ProviderId).HasConversion(id => id.Value, value => new ProviderId(value));
            feedback.HasOne<Provider>().WithMany().HasForeignKey(item => item.ProviderId).OnDelete(DeleteBehavior.Restrict);
            feedback.Property(item => item.ExternalId).HasMaxLength(100);
            feedback.HasIndex(item => new { item.ProviderId, item.ExternalId }).IsUnique();
            feedback.HasIndex(nameof(FeedbackItem.ProviderId), FeedbackStore.Position);
            feedback.Property(item => item.Audience).HasConversion(new KebabCaseEnumConverter<Audience>()).HasMaxLength(40);
            feedback.Property(item => item.Channel).HasConversion(new KebabCaseEnumConverter<Channel>()).HasMaxLength(40);
            feedback.PrimitiveCollection(item => item.Cohorts).ElementType(cohort => cohort.HasConversion(new KebabCaseEnumConverter<PriorityCohort>()));
            feedback.Property(item => item.ServiceArea).HasMaxLength(64);
            feedback.Property(item => item.Rating).HasColumnType("smallint");
            feedback.Property(item => item.Comment).HasMaxLength(FeedbackItem.MaxCommentLength);
            feedback.PrimitiveCollection(item => item.SuggestedThemes);
        });

        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            record.HasKey(entry => new { entry.ProviderId, entry.Key });
            record.Property(entry => entry.Key).HasMaxLength(IdempotencyFilter.MaxKeyLength);
            record.Property(entry => entry.Location).HasMaxLength(400);
            // A batch's response is ~90 KB; lz4 compresses it for a fraction of pglz's CPU inside the request.
            record.Property(entry => entry.ResponseBody).UseCompressionMethod("lz4");
        });
    }
}
