using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Npgsql;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Forums.Domain.ActionPlan;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Involvement;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Meetings;
using Participation.Modules.Forums.Domain.Members;
using Participation.Modules.Forums.Domain.Rules;

namespace Participation.Modules.Forums.Infrastructure.Persistence;

internal sealed class ForumsDbContext(DbContextOptions<ForumsDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "forums";

    public override string Schema => SchemaName;

    public DbSet<Forum> Forums => Set<Forum>();

    public DbSet<Member> Members => Set<Member>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<ForumItem> Items => Set<ForumItem>();

    public DbSet<InvolvementActivity> Activities => Set<InvolvementActivity>();

    public DbSet<PlanAction> PlanActions => Set<PlanAction>();

    /// <summary>
    /// How the database refuses a member, meeting or activity for a forum closed in the meantime (the trigger of
    /// migration <c>ClosedForumsTakeNothingNew</c>), followed by the day it closed.
    /// </summary>
    private const string ForumClosedRefusal = "forums.forum-closed ";

    /// <summary>
    /// A forum closed between the read that found it open and this commit: the database refused the new row, and the
    /// caller hears the domain's rule (409 <c>forums.forum-closed</c>), as if the close had been read first.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException refused) when (refused.InnerException is PostgresException { SqlState: PostgresErrorCodes.RaiseException } closed
            && closed.MessageText.StartsWith(ForumClosedRefusal, StringComparison.Ordinal))
        {
            var closedOn = DateOnly.ParseExact(closed.MessageText[ForumClosedRefusal.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            throw new BusinessRuleValidationException(new ClosedForumCannotChangeRule(closedOn));
        }
    }

    protected override void ConfigureModule(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Forum>(forum =>
        {
            forum.ToTable("forums");
            forum.HasKey(entry => entry.Id);
            forum.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ForumId(value));
            forum.Property(entry => entry.Name).HasMaxLength(TextLengths.Name);
            forum.HasIndex(entry => entry.Name);
            forum.Property(entry => entry.TermsOfReference).HasMaxLength(TextLengths.LongStatement);
            forum.Property(entry => entry.LeadOfficer).HasMaxLength(TextLengths.Name);
            forum.PrimitiveCollection(entry => entry.Audiences);
            forum.PrimitiveCollection(entry => entry.Cohorts);
        });

        // Pseudonymous: a display name and contact details that leaving erases, in their own columns so they are gone
        // from the row, not hidden (docs/domain/forums.md#members).
        modelBuilder.Entity<Member>(member =>
        {
            member.ToTable("members");
            member.HasKey(entry => entry.Id);
            member.Property(entry => entry.Id).HasConversion(id => id.Value, value => new MemberId(value));
            member.Property(entry => entry.ForumId).HasConversion(id => id.Value, value => new ForumId(value));
            member.HasOne<Forum>().WithMany().HasForeignKey(entry => entry.ForumId).OnDelete(DeleteBehavior.Restrict);
            member.HasIndex(entry => entry.ForumId);
            member.HasIndex(entry => entry.AgeReviewOn).HasFilter("left_on IS NULL AND ageing_out_flagged_on IS NULL AND age_out_at IS NOT NULL");
            member.Property(entry => entry.DisplayName).HasMaxLength(TextLengths.Name);
            member.Property(entry => entry.ContactEmail).HasMaxLength(TextLengths.Email);
            member.Property(entry => entry.ContactPhone).HasMaxLength(TextLengths.Name);
            member.PrimitiveCollection(entry => entry.Cohorts);
            member.ComplexProperty(entry => entry.Consent, consent =>
            {
                consent.Property(entry => entry.GivenBy).HasColumnName("consent_given_by");
                consent.Property(entry => entry.GivenOn).HasColumnName("consent_given_on");
                consent.Property(entry => entry.RecordedBy).HasColumnName("consent_recorded_by").HasMaxLength(TextLengths.Name);
            });
        });

        modelBuilder.Entity<Meeting>(meeting =>
        {
            meeting.ToTable("meetings");
            meeting.HasKey(entry => entry.Id);
            meeting.Property(entry => entry.Id).HasConversion(id => id.Value, value => new MeetingId(value));
            meeting.Property(entry => entry.ForumId).HasConversion(id => id.Value, value => new ForumId(value));
            meeting.HasOne<Forum>().WithMany().HasForeignKey(entry => entry.ForumId).OnDelete(DeleteBehavior.Restrict);
            meeting.HasIndex(entry => new { entry.ForumId, entry.HeldOn });
            meeting.HasIndex(entry => entry.HeldOn);
            meeting.Ignore(entry => entry.NonParticipation);
            AsJson(meeting.Property(entry => entry.Attendance));
            AsJson(meeting.Property(entry => entry.DecisionMakers));
            AsJson(meeting.Property(entry => entry.Lundy));
        });

        modelBuilder.Entity<ForumItem>(item =>
        {
            item.ToTable("items");
            item.HasKey(entry => entry.Id);
            item.Property(entry => entry.Id).HasConversion(id => id.Value, value => new ForumItemId(value));
            item.Property(entry => entry.ForumId).HasConversion(id => id.Value, value => new ForumId(value));
            item.HasOne<Forum>().WithMany().HasForeignKey(entry => entry.ForumId).OnDelete(DeleteBehavior.Restrict);
            item.HasIndex(entry => entry.ForumId);
            item.Property(entry => entry.RaisedAtMeetingId).HasConversion(id => id!.Value.Value, value => new MeetingId(value));
            item.HasOne<Meeting>().WithMany().HasForeignKey(entry => entry.RaisedAtMeetingId).OnDelete(DeleteBehavior.Restrict);
            item.Property(entry => entry.RaisedAtActivityId).HasConversion(id => id!.Value.Value, value => new InvolvementActivityId(value));
            item.HasOne<InvolvementActivity>().WithMany().HasForeignKey(entry => entry.RaisedAtActivityId).OnDelete(DeleteBehavior.Restrict);
            item.Property(entry => entry.ReportedBackAtMeetingId).HasConversion(id => id!.Value.Value, value => new MeetingId(value));
            item.HasOne<Meeting>().WithMany().HasForeignKey(entry => entry.ReportedBackAtMeetingId).OnDelete(DeleteBehavior.Restrict);
            item.HasIndex(entry => entry.RaisedOn);
            item.HasIndex(entry => entry.NextActionDueOn).HasFilter("next_action_due_on IS NOT NULL");
            item.HasIndex(entry => new { entry.ReportedBackOn, entry.Id }).HasFilter("published_at IS NOT NULL").HasDatabaseName("ix_items_public_board");
            item.Property(entry => entry.Said).HasMaxLength(TextLengths.Statement);
            item.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            item.Property(entry => entry.DecisionMaker).HasMaxLength(TextLengths.Name);
            item.Property(entry => entry.WeDid).HasMaxLength(TextLengths.Statement);
            item.Property(entry => entry.PublishedSaid).HasMaxLength(TextLengths.Statement);
            item.Property(entry => entry.PublishedDid).HasMaxLength(TextLengths.Statement);
            item.PrimitiveCollection(entry => entry.Themes);
            item.Ignore(entry => entry.Status);
            item.Ignore(entry => entry.Actions);
            // Actions are replaced one by one (records), so comparing the lists element by element finds every change.
            item.Property<List<ItemAction>>("_actions").HasColumnName("actions").HasColumnType("jsonb").HasConversion(
                actions => JsonSerializer.Serialize(actions, JsonColumns),
                json => JsonSerializer.Deserialize<List<ItemAction>>(json, JsonColumns)!,
                new ValueComparer<List<ItemAction>>((one, other) => one!.SequenceEqual(other!), actions => actions.Count, actions => actions.ToList()));
        });

        modelBuilder.Entity<InvolvementActivity>(activity =>
        {
            activity.ToTable("activities");
            activity.HasKey(entry => entry.Id);
            activity.Property(entry => entry.Id).HasConversion(id => id.Value, value => new InvolvementActivityId(value));
            activity.Property(entry => entry.ForumId).HasConversion(id => id!.Value.Value, value => new ForumId(value));
            activity.HasOne<Forum>().WithMany().HasForeignKey(entry => entry.ForumId).OnDelete(DeleteBehavior.Restrict);
            activity.HasIndex(entry => entry.ForumId);
            activity.HasIndex(entry => entry.HeldOn);
            activity.Property(entry => entry.Title).HasMaxLength(TextLengths.Name);
            activity.Property(entry => entry.ServiceArea).HasMaxLength(TextLengths.Code);
            activity.Property(entry => entry.WhatCameOfIt).HasMaxLength(TextLengths.Statement);
            activity.Ignore(entry => entry.NonParticipation);
            AsJson(activity.Property(entry => entry.Participants));
            AsJson(activity.Property(entry => entry.Lundy));
            AsJson(activity.Property(entry => entry.Recognitions));
        });

        modelBuilder.Entity<PlanAction>(action =>
        {
            action.ToTable("plan_actions");
            action.HasKey(entry => entry.Id);
            action.Property(entry => entry.Id).HasConversion(id => id.Value, value => new PlanActionId(value));
            action.Property(entry => entry.Action).HasMaxLength(TextLengths.Reason);
            action.Property(entry => entry.How).HasMaxLength(TextLengths.Statement);
            action.Property(entry => entry.Resources).HasMaxLength(TextLengths.Reason);
            action.Property(entry => entry.Owner).HasMaxLength(TextLengths.Name);
            action.Property(entry => entry.Evidence).HasMaxLength(TextLengths.Statement);
            action.HasIndex(entry => entry.DueOn);
        });
    }
}
