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
        var (respondedOn, withinTimescale, clock, outcome) = notification.Stage == 1
            ? (complaint.Stage1RespondedOn, complaint.Stage1WithinTimescale, complaint.Stage1, complaint.Stage1Outcome)
            : (complaint.Stage2RespondedOn, complaint.Stage2WithinTimescale, complaint.Stage2!, complaint.Stage2Outcome);
        outbox.Enqueue(new ComplaintStageResponded(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            complaint.Id.Value,
            notification.Stage,
            respondedOn!.Value,
            withinTimescale!.Value,
            clock.Extended is not null,
            JsonNamingPolicy.KebabCaseLower.ConvertName(outcome!.Value.ToString())));
    }
}
