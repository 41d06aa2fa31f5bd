using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Infrastructure.Persistence;

internal sealed class ComplaintsDbContext(DbContextOptions<ComplaintsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "complaints";
    public const string Position = "Position";

    public override string Schema => SchemaName;

    public DbSet<Complaint> Complaints => Set<Complaint>();

    public DbSet<Compliment> Compliments => Set<Compliment>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Compliment>(compliment =>
        {
            compliment.ToTable("compliments");
            compliment.HasKey(entry => entry.Id);
            compliment.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ComplimentId(value));
            compliment.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            compliment.Property(entry => entry.Summary).HasMaxLength(TextLengths.Statement);
            compliment.HasIndex(entry => entry.ReceivedOn);
            // The order compliments were recorded in: lists page by it.
            compliment.Property<long>(Position).UseIdentityAlwaysColumn();
            compliment.HasIndex(Position);
        });

        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.ToTable("complaints");
            complaint.HasKey(entry => entry.Id);
            complaint.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ComplaintId(value));
            // The order complaints were recorded in: work queues page by it.
            complaint.Property<long>(Position).UseIdentityAlwaysColumn();
            complaint.HasIndex(Position);
            complaint.HasIndex(entry => entry.Status);
            complaint.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            complaint.Property(entry => entry.Category).HasMaxLength(TextLengths.Category);
            complaint.Property(entry => entry.Summary).HasMaxLength(TextLengths.Statement);
            complaint.Property(entry => entry.LateAcceptanceReason).HasMaxLength(TextLengths.Reason);
            complaint.Ignore(entry => entry.OpenDueDate);

            complaint.OwnsOne(entry => entry.Complainant, complainant =>
            {
                complainant.Property(entry => entry.ChildCaseReference).HasMaxLength(TextLengths.Code);
                complainant.Ignore(entry => entry.IsChild);
            });
            complaint.Navigation(entry => entry.Complainant).IsRequired();

            complaint.OwnsOne(entry => entry.Advocacy, advocacy =>
            {
                advocacy.Property(entry => entry.Organisation).HasMaxLength(TextLengths.Name);
            });

            complaint.OwnsOne(entry => entry.Stage1, Stage);
            complaint.Navigation(entry => entry.Stage1).IsRequired();

            // Stage 2 exists only once requested: its own tables, so a missing row means "not yet", never a half-read stage.
            complaint.OwnsOne(entry => entry.Escalation, escalation =>
            {
                escalation.ToTable("complaint_escalations");
                escalation.Property(entry => entry.LateRequestReason).HasMaxLength(TextLengths.Reason);
                escalation.Property(entry => entry.InvestigatingOfficer).HasMaxLength(TextLengths.Name);
                escalation.Property(entry => entry.IndependentPerson).HasMaxLength(TextLengths.Name);
            });
            complaint.OwnsOne(entry => entry.Stage2, stage =>
            {
                stage.ToTable("complaint_stage2");
                Stage(stage);
            });

            complaint.OwnsOne(entry => entry.Stage2Acknowledgement, acknowledgement =>
            {
                acknowledgement.ToTable("complaint_stage2_acknowledgements");
                acknowledgement.OwnsOne(entry => entry.Deadline);
                acknowledgement.Navigation(entry => entry.Deadline).IsRequired();
            });

            complaint.OwnsOne(entry => entry.Stage3, panel =>
            {
                panel.ToTable("complaint_review_panels");
                panel.Ignore(entry => entry.CurrentDueDate);
                panel.Ignore(entry => entry.WithinTimescale);
                panel.PrimitiveCollection(entry => entry.Members);
                panel.OwnsOne(entry => entry.PanelDeadline);
                panel.Navigation(entry => entry.PanelDeadline).IsRequired();
                panel.OwnsOne(entry => entry.ReportDeadline);
                panel.OwnsOne(entry => entry.ResponseDeadline);
            });

            complaint.OwnsOne(entry => entry.Ombudsman, ombudsman =>
            {
                ombudsman.ToTable("complaint_ombudsman_cases");
                ombudsman.Property(entry => entry.Remedy).HasMaxLength(TextLengths.Statement);
            });

            complaint.PrimitiveCollection(entry => entry.Themes);
            complaint.OwnsMany(entry => entry.Lessons, lesson =>
            {
                lesson.ToTable("complaint_lessons");
                lesson.WithOwner().HasForeignKey("ComplaintId");
                lesson.HasKey("ComplaintId", nameof(Lesson.Number));
                lesson.Property(entry => entry.Number).ValueGeneratedNever();
                lesson.Property(entry => entry.Description).HasMaxLength(TextLengths.Reason);
                lesson.Property(entry => entry.Action).HasMaxLength(TextLengths.Reason);
                lesson.Property(entry => entry.Owner).HasMaxLength(TextLengths.Name);
            });
            complaint.Navigation(entry => entry.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field);

            complaint.OwnsMany(entry => entry.Points, point =>
            {
                point.ToTable("complaint_points");
                point.WithOwner().HasForeignKey("ComplaintId");
                point.HasKey("ComplaintId", nameof(ComplaintPoint.Number));
                point.Property(entry => entry.Number).ValueGeneratedNever();
                point.Property(entry => entry.Description).HasMaxLength(TextLengths.Reason);
            });
            complaint.Navigation(entry => entry.Points).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }

    /// <summary>A stage: its deadline, the extended one when it was extended, and its answer.</summary>
    private static void Stage(OwnedNavigationBuilder<Complaint, ComplaintStage> stage)
    {
        stage.Ignore(entry => entry.DueDate);
        stage.Ignore(entry => entry.WithinTimescale);
        stage.Ignore(entry => entry.WithinStatutoryTimescale);
        stage.Property(entry => entry.ExtensionReason).HasMaxLength(TextLengths.Reason);
        stage.Property(entry => entry.Response).HasMaxLength(TextLengths.LongStatement);
        stage.OwnsOne(entry => entry.Deadline);
        stage.Navigation(entry => entry.Deadline).IsRequired();
        stage.OwnsOne(entry => entry.Extended);
        stage.HasIndex(entry => entry.OverdueOn);
    }
}
