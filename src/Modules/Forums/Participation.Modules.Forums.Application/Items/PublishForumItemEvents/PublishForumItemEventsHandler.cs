using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Contracts;
using Participation.Modules.Forums.Domain.Forums;
using Participation.Modules.Forums.Domain.Items;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Application.Items.PublishForumItemEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that raises or closes the item.</summary>
internal sealed class PublishForumItemEventsHandler(IOutbox outbox, IForumRepository forums, IMemberRepository members)
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

    /// <summary>
    /// Members' names come out first: redaction keeps an all-capitals word (initials) and a name written in lower case,
    /// and a member's display name is often exactly that.
    /// </summary>
    public async ValueTask Handle(ForumItemAnsweredDomainEvent notification, CancellationToken cancellationToken)
    {
        var item = notification.Item;
        var names = await members.NamesAsync(item.ForumId, cancellationToken);
        outbox.Enqueue(new ForumItemAnswered(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            item.Id.Value,
            item.ReportedBackOn!.Value,
            item.ServiceArea,
            Redaction.Redact(MemberNames.TakenOut(item.Said, names)),
            Redaction.Redact(MemberNames.TakenOut(item.WeDid!, names)),
            KebabCodes<ResponseOutcome>.ToCode(item.Outcome!.Value)));
    }
}
