using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class SurveysDbContext(DbContextOptions<SurveysDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "surveys";

    /// <summary>Questionnaires are stored as JSON with their codes as the API writes them.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public override string Schema => SchemaName;

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();

    public DbSet<TriggerRule> TriggerRules => Set<TriggerRule>();

    public DbSet<ReceivedCaseEvent> CaseEvents => Set<ReceivedCaseEvent>();

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Survey>(survey =>
        {
            survey.ToTable("surveys");
            survey.HasKey(entry => entry.Id);
            survey.Property(entry => entry.Id).HasConversion(id => id.Value, value => new SurveyId(value));
            survey.Property(entry => entry.Title).HasMaxLength(TextLengths.Name);
            // The draft is replaced whole, never changed in place, so comparing references finds every change.
            survey.Property(entry => entry.Draft).HasColumnType("jsonb").HasConversion(
                draft => JsonSerializer.Serialize(draft, Json),
                json => JsonSerializer.Deserialize<Questionnaire>(json, Json)!);
            survey.Ignore(entry => entry.Versions);
            // Versions are only ever appended: a count that grew is the whole change.
            survey.Property<List<SurveyVersion>>("_versions").HasColumnName("versions").HasColumnType("jsonb").HasConversion(
                versions => JsonSerializer.Serialize(versions, Json),
                json => JsonSerializer.Deserialize<List<SurveyVersion>>(json, Json)!,
                new ValueComparer<List<SurveyVersion>>((one, other) => one!.Count == other!.Count, versions => versions.Count, versions => versions.ToList()));
        });

        modelBuilder.Entity<Invitation>(invitation =>
        {
            // A link is written twice (issued, then spent). Room left on each page lets the second write be a HOT update
            // that rewrites no index (docs/performance.md#survey-submissions).
            invitation.ToTable("invitations").HasStorageParameter("fillfactor", 70);
            invitation.HasKey(entry => entry.Id);
            invitation.Property(entry => entry.Id).HasConversion(id => id.Value, value => new InvitationId(value));
            invitation.Property(entry => entry.SurveyId).HasConversion(id => id.Value, value => new SurveyId(value));
            invitation.HasOne<Survey>().WithMany().HasForeignKey(entry => entry.SurveyId).OnDelete(DeleteBehavior.Restrict);
            invitation.HasIndex(entry => entry.TokenHash).IsUnique();
            invitation.Property(entry => entry.CaseReference).HasMaxLength(TextLengths.ExternalId);
            invitation.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            invitation.Property(entry => entry.Variant).HasMaxLength(TextLengths.Code);
            invitation.PrimitiveCollection(entry => entry.Cohorts);
            invitation.Ignore(entry => entry.Respondent);
            invitation.Property(entry => entry.CaseEventId).HasConversion(id => id!.Value.Value, value => new ReceivedCaseEventId(value));
            invitation.HasOne<ReceivedCaseEvent>().WithMany().HasForeignKey(entry => entry.CaseEventId).OnDelete(DeleteBehavior.Restrict);
            invitation.HasIndex(entry => entry.CaseEventId);
        });

        modelBuilder.Entity<TriggerRule>(rule =>
        {
            rule.ToTable("trigger_rules");
            rule.HasKey(entry => entry.Id);
            rule.Property(entry => entry.Id).HasConversion(id => id.Value, value => new TriggerRuleId(value));
            rule.Property(entry => entry.SurveyId).HasConversion(id => id.Value, value => new SurveyId(value));
            rule.HasOne<Survey>().WithMany().HasForeignKey(entry => entry.SurveyId).OnDelete(DeleteBehavior.Cascade);
            rule.HasIndex(entry => entry.Event);
            rule.ComplexProperty(entry => entry.Timing, timing =>
            {
                timing.Property(entry => entry.Amount).HasColumnName("offset_amount");
                timing.Property(entry => entry.Unit).HasColumnName("offset_unit");
                timing.Property(entry => entry.Direction).HasColumnName("offset_direction");
            });
        });

        // No case reference: only a keyed fingerprint of the event, to tell a repeat from a reused id.
        modelBuilder.Entity<ReceivedCaseEvent>(caseEvent =>
        {
            caseEvent.ToTable("case_events");
            caseEvent.HasKey(entry => entry.Id);
            caseEvent.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ReceivedCaseEventId(value));
            caseEvent.Property(entry => entry.EventId).HasMaxLength(TextLengths.ExternalId);
            caseEvent.HasIndex(entry => new { entry.PartnerId, entry.EventId }).IsUnique();
            caseEvent.Ignore(entry => entry.NotSent);
            // Appended only while the event is first received, never after.
            caseEvent.Property<List<NotSent>>("_notSent").HasColumnName("not_sent").HasColumnType("jsonb").HasConversion(
                notSent => JsonSerializer.Serialize(notSent, Json),
                json => JsonSerializer.Deserialize<List<NotSent>>(json, Json)!,
                new ValueComparer<List<NotSent>>((one, other) => one!.Count == other!.Count, notSent => notSent.Count, notSent => notSent.ToList()));
        });

        // No time of day, no link, no address: an anonymous survey's answers are held by the day alone.
        modelBuilder.Entity<SurveyResponse>(response =>
        {
            response.ToTable("responses");
            response.HasKey(entry => entry.Id);
            response.Property(entry => entry.Id).HasConversion(id => id.Value, value => new SurveyResponseId(value));
            response.Property(entry => entry.SurveyId).HasConversion(id => id.Value, value => new SurveyId(value));
            response.HasOne<Survey>().WithMany().HasForeignKey(entry => entry.SurveyId).OnDelete(DeleteBehavior.Restrict);
            response.HasIndex(entry => new { entry.SurveyId, entry.SurveyVersion });
            response.Property(entry => entry.CaseReference).HasMaxLength(TextLengths.ExternalId);
            response.Property(entry => entry.EnteredBy).HasMaxLength(TextLengths.Name);
            response.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            response.Property(entry => entry.Variant).HasMaxLength(TextLengths.Code);
            response.PrimitiveCollection(entry => entry.Cohorts);
            response.Property(entry => entry.Answers).HasColumnType("jsonb").HasConversion(
                answers => JsonSerializer.Serialize(answers, Json),
                json => JsonSerializer.Deserialize<List<Answer>>(json, Json)!,
                // Answers are stored once and never changed: the list is compared as a whole.
                new ValueComparer<IReadOnlyList<Answer>>((one, other) => ReferenceEquals(one, other), answers => answers.Count, answers => answers));
        });
    }
}
