using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the complaint.</summary>
internal sealed class PublishComplaintReceivedHandler(IComplaintRepository complaints, IOutbox outbox) : INotificationHandler<ComplaintReceivedDomainEvent>
{
    public async ValueTask Handle(ComplaintReceivedDomainEvent notification, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetAsync(notification.ComplaintId, cancellationToken)
            ?? throw new InvalidOperationException("The complaint that raised the event is not tracked.");
        outbox.Enqueue(new ComplaintReceived(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            complaint.Id.Value,
            complaint.ReceivedOn,
            KebabCodes<ComplainantKind>.ToCode(complaint.Complainant.Kind),
            complaint.ServiceArea,
            complaint.Category,
            complaint.Stage1.DueDate));
    }
}
