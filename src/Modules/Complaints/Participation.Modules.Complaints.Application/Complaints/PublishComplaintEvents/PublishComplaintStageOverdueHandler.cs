using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells the other modules, through the outbox, in the transaction that marks the stage overdue.</summary>
internal sealed class PublishComplaintStageOverdueHandler(IOutbox outbox) : INotificationHandler<ComplaintStageOverdueDomainEvent>
{
    public ValueTask Handle(ComplaintStageOverdueDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ComplaintStageOverdue(Guid.CreateVersion7(), notification.OccurredOn, notification.ComplaintId.Value, notification.Stage, notification.DueDate));
        return ValueTask.CompletedTask;
    }
}
