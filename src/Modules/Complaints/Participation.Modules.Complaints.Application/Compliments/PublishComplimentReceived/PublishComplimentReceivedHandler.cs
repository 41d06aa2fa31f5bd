using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Compliments;

namespace Participation.Modules.Complaints.Application.Compliments.PublishComplimentReceived;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the compliment.</summary>
internal sealed class PublishComplimentReceivedHandler(IOutbox outbox) : INotificationHandler<ComplimentReceivedDomainEvent>
{
    public ValueTask Handle(ComplimentReceivedDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ComplimentReceived(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            notification.ComplimentId.Value,
            notification.ReceivedOn,
            KebabCodes<Audience>.ToCode(notification.Audience),
            KebabCodes<Channel>.ToCode(notification.Channel),
            notification.ServiceArea));
        return ValueTask.CompletedTask;
    }
}
