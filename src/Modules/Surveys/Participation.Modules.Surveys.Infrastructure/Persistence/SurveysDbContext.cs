using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Domain.ClosedCases;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class SurveysDbContext(DbContextOptions<SurveysDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "surveys";

    public override string Schema => SchemaName;

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<SurveyResponse> Responses => Set<SurveyResponse>();

    public DbSet<TriggerRule> TriggerRules => Set<TriggerRule>();

    public DbSet<ReceivedCaseEvent> CaseEvents => Set<ReceivedCaseEvent>();

    public DbSet<CaseClosure> CaseClosures => Set<CaseClosure>();

    public DbSet<SampleDraw> SampleDraws => Set<SampleDraw>();

    /// <summary>A response's answers as their column holds them; the answer writer writes them the same way.</summary>
    internal static string AnswersJson(IReadOnlyList<Answer> answers) => JsonSerializer.Serialize(answers, JsonColumns);

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
                draft => JsonSerializer.Serialize(draft, JsonColumns),
                json => JsonSerializer.Deserialize<Questionnaire>(json, JsonColumns)!);
            survey.Ignore(entry => entry.Versions);
            // Versions are only ever appended: a count that grew is the whole change.
            survey.Property<List<SurveyVersion>>("_versions").HasColumnName("versions").HasColumnType("jsonb").HasConversion(
                versions => JsonSerializer.Serialize(versions, JsonColumns),
                json => JsonSerializer.Deserialize<List<SurveyVersion>>(json, JsonColumns)!,
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
            AsJson(rule.Property(entry => entry.Wordings));
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
                notSent => JsonSerializer.Serialize(notSent, JsonColumns),
                json => JsonSerializer.Deserialize<List<NotSent>>(json, JsonColumns)!,
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
                answers => AnswersJson(answers),
                json => JsonSerializer.Deserialize<List<Answer>>(json, JsonColumns)!,
                // Answers are stored once and never changed: the list is compared as a whole.
                new ValueComparer<IReadOnlyList<Answer>>((one, other) => ReferenceEquals(one, other), answers => answers.Count, answers => answers));
        });

        // One column per contact detail, so erasing them leaves the columns empty (docs/domain/closed-case-follow-up.md#contact-details).
        modelBuilder.Entity<CaseClosure>(closure =>
        {
            closure.ToTable("case_closures");
            closure.HasKey(entry => entry.Id);
            closure.Property(entry => entry.Id).HasConversion(id => id.Value, value => new CaseClosureId(value));
            closure.Property(entry => entry.ClosureId).HasMaxLength(TextLengths.ExternalId);
            // One closure per sender and closure id; officers' entries (no partner) are one sender among the others.
            // Two partial indexes rather than NULLS NOT DISTINCT, which PostgreSQL 14 lacks.
            closure.HasIndex(entry => new { entry.PartnerId, entry.ClosureId }).IsUnique().HasFilter("partner_id IS NOT NULL");
            closure.HasIndex(entry => entry.ClosureId).IsUnique().HasFilter("partner_id IS NULL").HasDatabaseName("ix_case_closures_closure_id_by_officers");
            closure.Property(entry => entry.CaseReference).HasMaxLength(TextLengths.ExternalId);
            closure.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            closure.Property(entry => entry.DoNotContactReason).HasMaxLength(ClosureLimits.ReasonLength);
            closure.Property(entry => entry.AddresseeName).HasMaxLength(TextLengths.Name);
            closure.Property(entry => entry.PostalAddress).HasMaxLength(ClosureLimits.AddressLength);
            closure.Property(entry => entry.Email).HasMaxLength(TextLengths.Email);
            closure.Property(entry => entry.Phone).HasMaxLength(ClosureLimits.PhoneLength);
            closure.Property(entry => entry.PreferredLanguage).HasMaxLength(TextLengths.EnumCode);
            closure.Ignore(entry => entry.Contact);
            closure.Ignore(entry => entry.OnCallList);
            closure.Ignore(entry => entry.AwaitsLetter);
            closure.Property(entry => entry.MessageId).HasMaxLength(TextLengths.Name);
            closure.Property(entry => entry.InvitationId).HasConversion(id => id!.Value.Value, value => new InvitationId(value));
            closure.HasOne<Invitation>().WithMany().HasForeignKey(entry => entry.InvitationId).OnDelete(DeleteBehavior.SetNull);
            closure.HasIndex(entry => entry.InvitationId);
            closure.Property(entry => entry.SampleDrawId).HasConversion(id => id!.Value.Value, value => new SampleDrawId(value));
            closure.HasOne<SampleDraw>().WithMany().HasForeignKey(entry => entry.SampleDrawId).OnDelete(DeleteBehavior.Restrict);
            closure.HasIndex(entry => entry.LetterStatus);
            closure.HasIndex(entry => new { entry.LetterDate, entry.LetterChannel });
            closure.HasIndex(entry => entry.ClosedOn);
            closure.Ignore(entry => entry.Calls);
            // Appended only: a count that grew is the whole change.
            closure.Property<List<CallAttempt>>("_calls").HasColumnName("calls").HasColumnType("jsonb").HasConversion(
                calls => JsonSerializer.Serialize(calls, JsonColumns),
                json => JsonSerializer.Deserialize<List<CallAttempt>>(json, JsonColumns)!,
                new ValueComparer<List<CallAttempt>>((one, other) => one!.Count == other!.Count, calls => calls.Count, calls => calls.ToList()));
        });

        modelBuilder.Entity<SampleDraw>(draw =>
        {
            draw.ToTable("sample_draws");
            draw.HasKey(entry => entry.Id);
            draw.Property(entry => entry.Id).HasConversion(id => id.Value, value => new SampleDrawId(value));
            draw.Property(entry => entry.Quarter).HasMaxLength(ReportPeriod.LabelMaxLength);
            draw.HasIndex(entry => entry.Quarter).IsUnique();
            draw.Property(entry => entry.Strata).HasColumnType("jsonb").HasConversion(
                strata => JsonSerializer.Serialize(strata, JsonColumns),
                json => JsonSerializer.Deserialize<List<Stratum>>(json, JsonColumns)!,
                new ValueComparer<IReadOnlyList<Stratum>>((one, other) => ReferenceEquals(one, other), strata => strata.Count, strata => strata));
        });
    }
}
