using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Domain.Invitations;
using Participation.Modules.Surveys.Domain.Responses;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

/// <summary>
/// Hands a link's answer to the group-committed writer: the response's domain events are published first, as a save
/// would, so its voice reaches the outbox through the same handlers; then the scope's unit of work is left with nothing
/// to save.
/// </summary>
internal sealed class AnswerWriter(SurveysDbContext context, GroupCommittedAnswers answers) : IAnswerWriter
{
    // What answering may change on a link; anything else would not be written, so it fails loudly instead.
    private static readonly HashSet<string> AnswerChanges =
        [nameof(Invitation.AnswerFingerprint), nameof(Invitation.AnsweredOn), nameof(Invitation.AnsweredVersion), nameof(Invitation.CaseEventId), nameof(Invitation.CreatedAt)];

    public async Task WriteAsync(Invitation link, SurveyResponse response, CancellationToken cancellationToken)
    {
        context.Responses.Add(response);
        await context.PublishDomainEventsAsync(cancellationToken);
        context.ChangeTracker.DetectChanges();
        var linkEntry = context.Entry(link);
        // A single-use link is spent by its answer; an open one takes any number and is left as it is.
        var spends = link.Kind == InvitationKind.SingleUse;
        var messages = context.ChangeTracker.Entries<OutboxMessage>().Where(entry => entry.State == EntityState.Added).Select(entry => entry.Entity).ToList();
        var unwritten = context.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Where(entry => entry.Entity != link && entry.Entity != response && entry.Entity is not OutboxMessage)
            .Select(entry => entry.Metadata.ClrType.Name)
            .Concat(linkEntry.Properties.Where(property => property.IsModified && !(spends && AnswerChanges.Contains(property.Metadata.Name))).Select(property => $"{nameof(Invitation)}.{property.Metadata.Name}"))
            .Concat(spends && linkEntry.State != EntityState.Modified ? [$"{nameof(Invitation)} (not spent)"] : [])
            .Concat(messages.Where(message => message.ProcessedOn is not null || message.FailedAttempts != 0 || message.LastError is not null).Select(message => $"{nameof(OutboxMessage)} (delivered)"))
            .ToList();
        if (unwritten.Count > 0)
        {
            throw new InvalidOperationException($"An answer through a link changed what its writer does not write, or left unchanged what it does: {string.Join(", ", unwritten)}.");
        }

        var answer = LinkAnswer.Of(link, spends, response, messages);
        // The writer writes these now; the unit of work must not write them again.
        context.ChangeTracker.Clear();
        if (!await answers.WriteAsync(answer))
        {
            throw new DbUpdateConcurrencyException("The link was answered or changed since it was read.");
        }
    }
}
