using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Complaints.Application.Complaints.LogComplaint;
using Participation.Modules.Complaints.Application.Compliments.RecordCompliment;
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
            compliment.Property(entry => entry.Audience).HasConversion(new KebabCaseEnumConverter<Audience>()).HasMaxLength(40);
            compliment.Property(entry => entry.Channel).HasConversion(new KebabCaseEnumConverter<Channel>()).HasMaxLength(40);
            compliment.Property(entry => entry.ServiceArea).HasMaxLength(64);
            compliment.Property(entry => entry.Summary).HasMaxLength(RecordComplimentCommandValidator.MaxSummaryLength);
            compliment.HasIndex(entry => entry.ReceivedOn);
        });

        modelBuilder.Entity<Complaint>(complaint =>
        {
            complaint.ToTable("complaints");
            complaint.HasKey(entry => entry.Id);
            complaint.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ComplaintId(value));
            // The order complaints were recorded in: work queues page by it.
            complaint.Property<long>(Position).UseIdentityAlwaysColumn();
            complaint.HasIndex(Position);
            complaint.Property(entry => entry.Channel).HasConversion(new KebabCaseEnumConverter<Channel>()).HasMaxLength(40);
            complaint.Property(entry => entry.Procedure).HasConversion(new KebabCaseEnumConverter<ComplaintProcedure>()).HasMaxLength(40);
            complaint.Property(entry => entry.Status).HasConversion(new KebabCaseEnumConverter<ComplaintStatus>()).HasMaxLength(40);
            complaint.HasIndex(entry => entry.Status);
            complaint.HasIndex(entry => entry.Stage1OverdueOn);
            complaint.Property(entry => entry.ServiceArea).HasMaxLength(64);
            complaint.Property(entry => entry.Category).HasMaxLength(100);
            complaint.Property(entry => entry.Summary).HasMaxLength(LogComplaintCommandValidator.MaxSummaryLength);
            complaint.Property(entry => entry.LateAcceptanceReason).HasMaxLength(1000);
            complaint.Property(entry => entry.Stage1Remedy).HasMaxLength(2000);
            complaint.Property(entry => entry.Stage2LateRequestReason).HasMaxLength(1000);
            complaint.Property(entry => entry.InvestigatingOfficer).HasMaxLength(200);
            complaint.Property(entry => entry.IndependentPerson).HasMaxLength(200);
            complaint.Property(entry => entry.Stage2Adjudication).HasMaxLength(4000);
            complaint.Ignore(entry => entry.Stage1WithinTimescale);
            complaint.Ignore(entry => entry.Stage1Outcome);
            complaint.Ignore(entry => entry.Stage2WithinTimescale);
            complaint.Ignore(entry => entry.Stage2Outcome);
            complaint.Ignore(entry => entry.OpenStage);
            complaint.Ignore(entry => entry.OpenDueDate);
            complaint.Ignore(entry => entry.Stage3WithinTimescale);
            complaint.Ignore(entry => entry.IsClosed);

            complaint.OwnsOne(entry => entry.Complainant, complainant =>
            {
                complainant.Property(entry => entry.Kind).HasConversion(new KebabCaseEnumConverter<ComplainantKind>()).HasMaxLength(40);
                complainant.Property(entry => entry.ChildCaseReference).HasMaxLength(64);
                complainant.Ignore(entry => entry.IsChild);
            });
            complaint.Navigation(entry => entry.Complainant).IsRequired();

            complaint.OwnsOne(entry => entry.Advocacy, advocacy =>
            {
                advocacy.Property(entry => entry.Answer).HasConversion(new KebabCaseEnumConverter<AdvocacyAnswer>()).HasMaxLength(20);
                advocacy.Property(entry => entry.Organisation).HasMaxLength(200);
            });

            complaint.OwnsOne(entry => entry.Stage1, Clock);
            complaint.Navigation(entry => entry.Stage1).IsRequired();

            // Stage 2 exists only once requested: its own table, so a missing row means "not yet", never a half-read clock.
            complaint.OwnsOne(entry => entry.Stage2, stage =>
            {
                stage.ToTable("complaint_stage2_clocks");
                Clock(stage);
            });

            complaint.OwnsOne(entry => entry.Stage3, panel =>
            {
                panel.ToTable("complaint_review_panels");
                panel.Ignore(entry => entry.CurrentDueDate);
                panel.PrimitiveCollection(entry => entry.Members);
                panel.OwnsOne(entry => entry.PanelDeadline, Deadline);
                panel.Navigation(entry => entry.PanelDeadline).IsRequired();
                panel.OwnsOne(entry => entry.ReportDeadline, Deadline);
                panel.OwnsOne(entry => entry.ResponseDeadline, Deadline);
            });

            complaint.OwnsOne(entry => entry.Ombudsman, ombudsman =>
            {
                ombudsman.ToTable("complaint_ombudsman_cases");
                ombudsman.Property(entry => entry.Decision).HasConversion(new KebabCaseEnumConverter<OmbudsmanDecision>()).HasMaxLength(40);
                ombudsman.Property(entry => entry.Remedy).HasMaxLength(2000);
            });

            complaint.PrimitiveCollection(entry => entry.Themes);
            complaint.OwnsMany(entry => entry.Lessons, lesson =>
            {
                lesson.ToTable("complaint_lessons");
                lesson.WithOwner().HasForeignKey("ComplaintId");
                lesson.HasKey("ComplaintId", nameof(Lesson.Number));
                lesson.Property(entry => entry.Number).ValueGeneratedNever();
                lesson.Property(entry => entry.Description).HasMaxLength(1000);
                lesson.Property(entry => entry.Action).HasMaxLength(1000);
                lesson.Property(entry => entry.Owner).HasMaxLength(200);
            });
            complaint.Navigation(entry => entry.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field);

            complaint.OwnsMany(entry => entry.Points, point =>
            {
                point.ToTable("complaint_points");
                point.WithOwner().HasForeignKey("ComplaintId");
                point.HasKey("ComplaintId", nameof(ComplaintPoint.Number));
                point.Property(entry => entry.Number).ValueGeneratedNever();
                point.Property(entry => entry.Description).HasMaxLength(LogComplaintCommandValidator.MaxPointLength);
                point.Property(entry => entry.Stage1Finding).HasConversion(new KebabCaseEnumConverter<Finding>()).HasMaxLength(20);
                point.Property(entry => entry.Stage2Finding).HasConversion(new KebabCaseEnumConverter<Finding>()).HasMaxLength(20);
            });
            complaint.Navigation(entry => entry.Points).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
    }

    /// <summary>A stage's clock: its deadline, and the extended one when the stage was extended.</summary>
    private static void Clock(Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<Complaint, StageClock> stage)
    {
        stage.Ignore(entry => entry.DueDate);
        stage.Property(entry => entry.ExtensionReason).HasMaxLength(1000);
        stage.OwnsOne(entry => entry.Deadline, Deadline);
        stage.Navigation(entry => entry.Deadline).IsRequired();
        stage.OwnsOne(entry => entry.Extended, Deadline);
    }

    /// <summary>A deadline is stored with the rule that produced it: start, working days allowed, region, due date.</summary>
    private static void Deadline<TOwner>(Microsoft.EntityFrameworkCore.Metadata.Builders.OwnedNavigationBuilder<TOwner, WorkingDayDeadline> deadline)
        where TOwner : class =>
        deadline.Property(entry => entry.Region).HasConversion(new KebabCaseEnumConverter<CalendarRegion>()).HasMaxLength(40);
}
