using System.Text.Json;
using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

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
            JsonNamingPolicy.KebabCaseLower.ConvertName(complaint.Complainant.Kind.ToString()),
            complaint.ServiceArea,
            complaint.Category,
            complaint.Stage1.DueDate));
    }
}
