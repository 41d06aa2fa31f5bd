using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Reviews.Domain.Reviews;

namespace Participation.Modules.Reviews.Infrastructure.Persistence;

internal sealed class ReviewsDbContext(DbContextOptions<ReviewsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "reviews";

    public override string Schema => SchemaName;

    public DbSet<Review> Reviews => Set<Review>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        // One column per fact, so reports and the SSDA903 extract read plain columns; the code beside them is derived
        // by the aggregate whenever they change (docs/domain/participation-codes.md#derivation).
        modelBuilder.Entity<Review>(review =>
        {
            review.ToTable("reviews");
            review.HasKey(entry => entry.Id);
            review.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ReviewId(value));
            review.Property(entry => entry.MeetingId).HasMaxLength(TextLengths.ExternalId);
            review.HasIndex(entry => new { entry.PartnerId, entry.MeetingId }).IsUnique().HasFilter("partner_id IS NOT NULL");
            review.Property(entry => entry.ChildReference).HasMaxLength(TextLengths.ExternalId);
            review.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            review.Property(entry => entry.Chair).HasMaxLength(TextLengths.Name);
            review.Property(entry => entry.ParticipationCode).HasMaxLength(3);
            review.HasIndex(entry => entry.HeldOn);
            // One looked-after review of a child a day, as the SSDA903 return counts them; a race past the check lands here.
            review.HasIndex(entry => new { entry.ChildReference, entry.HeldOn }).IsUnique().HasFilter("kind = 'looked-after-review'").HasDatabaseName("ix_reviews_one_looked_after_review_a_day");
            review.ComplexProperty(entry => entry.Facts, facts =>
            {
                facts.Property(entry => entry.InformationGiven).HasColumnName("information_given");
                facts.Property(entry => entry.FormSent).HasColumnName("form_sent");
                facts.Property(entry => entry.FormReturned).HasColumnName("form_returned");
                facts.Property(entry => entry.FormInvitationId).HasColumnName("form_invitation_id");
                facts.Property(entry => entry.AdvocateOffered).HasColumnName("advocate_offered");
                facts.Property(entry => entry.AdvocateUsed).HasColumnName("advocate_used");
                facts.Property(entry => entry.Attended).HasColumnName("attended");
                // The model-wide enum-to-code convention does not reach into complex types: the codes are set here.
                facts.PrimitiveCollection(entry => entry.Views).HasColumnName("views").ElementType(element => element.HasConversion<KebabCaseEnumConverter<ViewsRoute>>());
                facts.Property(entry => entry.FeltHelped).HasColumnName("felt_helped");
            });
        });
    }
}
