using System.Text.Json;
using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the response.</summary>
internal sealed class PublishComplaintStageRespondedHandler(IComplaintRepository complaints, IOutbox outbox) : INotificationHandler<ComplaintStageRespondedDomainEvent>
{
    public async ValueTask Handle(ComplaintStageRespondedDomainEvent notification, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetAsync(notification.ComplaintId, cancellationToken)
            ?? throw new InvalidOperationException("The complaint that raised the event is not tracked.");
        outbox.Enqueue(new ComplaintStageResponded(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            complaint.Id.Value,
            notification.Stage,
            complaint.Stage1RespondedOn!.Value,
            complaint.Stage1WithinTimescale!.Value,
            complaint.Stage1.Extended is not null,
            JsonNamingPolicy.KebabCaseLower.ConvertName(complaint.Stage1Outcome!.Value.ToString())));
    }
}
