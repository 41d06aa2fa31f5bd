using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the complaint.</summary>
internal sealed class PublishComplaintReceivedHandler(IOutbox outbox) : INotificationHandler<ComplaintReceivedDomainEvent>
{
    public ValueTask Handle(ComplaintReceivedDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ComplaintReceived(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            notification.ComplaintId.Value,
            notification.ReceivedOn,
            KebabCodes<ComplainantKind>.ToCode(notification.ComplainantKind),
            notification.ServiceArea,
            notification.Category,
            notification.Stage1DueDate,
            KebabCodes<Channel>.ToCode(notification.Channel)));
        return ValueTask.CompletedTask;
    }
}
