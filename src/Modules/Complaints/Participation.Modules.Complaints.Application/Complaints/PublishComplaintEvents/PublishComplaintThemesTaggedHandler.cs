using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that re-tags the complaint.</summary>
internal sealed class PublishComplaintThemesTaggedHandler(IOutbox outbox) : INotificationHandler<ComplaintThemesTaggedDomainEvent>
{
    public ValueTask Handle(ComplaintThemesTaggedDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ComplaintThemesTagged(Guid.CreateVersion7(), notification.OccurredOn, notification.ComplaintId.Value, notification.Themes));
        return ValueTask.CompletedTask;
    }
}
