using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the response.</summary>
internal sealed class PublishComplaintStageRespondedHandler(IOutbox outbox) : INotificationHandler<ComplaintStageRespondedDomainEvent>
{
    public ValueTask Handle(ComplaintStageRespondedDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ComplaintStageResponded(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            notification.ComplaintId.Value,
            notification.Stage,
            notification.RespondedOn,
            notification.WithinTimescale,
            notification.Extended,
            notification.Outcome is { } outcome ? KebabCodes<Finding>.ToCode(outcome) : null,
            notification.Themes));
        return ValueTask.CompletedTask;
    }
}
