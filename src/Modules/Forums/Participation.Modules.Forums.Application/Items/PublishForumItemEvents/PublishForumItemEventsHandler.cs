using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Contracts;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Application.Items.PublishForumItemEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that raises or closes the item.</summary>
internal sealed class PublishForumItemEventsHandler(IOutbox outbox, IForumRepository forums)
    : INotificationHandler<ForumItemRaisedDomainEvent>, INotificationHandler<ForumItemAnsweredDomainEvent>
{
    public async ValueTask Handle(ForumItemRaisedDomainEvent notification, CancellationToken cancellationToken)
    {
        var item = notification.Item;
        var forum = await forums.LoadAsync(item.ForumId, cancellationToken);
        outbox.Enqueue(new ForumItemRaised(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            item.Id.Value,
            item.RaisedOn,
            KebabCodes<ForumKind>.ToCode(forum.Kind),
            KebabCodes<Audience>.ToCode(forum.Audiences[0]),
            [.. forum.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode)],
            item.ServiceArea,
            item.Themes,
            item.ThemesChosen));
    }

    public ValueTask Handle(ForumItemAnsweredDomainEvent notification, CancellationToken cancellationToken)
    {
        var item = notification.Item;
        outbox.Enqueue(new ForumItemAnswered(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            item.Id.Value,
            item.ReportedBackOn!.Value,
            item.ServiceArea,
            Redaction.Redact(item.Said),
            Redaction.Redact(item.WeDid!),
            KebabCodes<ResponseOutcome>.ToCode(item.Outcome!.Value)));
        return ValueTask.CompletedTask;
    }
}
