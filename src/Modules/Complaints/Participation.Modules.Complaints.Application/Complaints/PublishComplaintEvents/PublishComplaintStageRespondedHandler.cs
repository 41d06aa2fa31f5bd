using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Complaints.Domain.Complaints;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Complaints.Application.Complaints.PublishComplaintEvents;

/// <summary>Tells Reporting, through the outbox, in the transaction that records the response.</summary>
internal sealed class PublishComplaintStageRespondedHandler(IComplaintRepository complaints, IOutbox outbox) : INotificationHandler<ComplaintStageRespondedDomainEvent>
{
    public async ValueTask Handle(ComplaintStageRespondedDomainEvent notification, CancellationToken cancellationToken)
    {
        var complaint = await complaints.GetAsync(notification.ComplaintId, cancellationToken)
            ?? throw new InvalidOperationException("The complaint that raised the event is not tracked.");
        var (respondedOn, withinTimescale, extended, outcome) = notification.Stage switch
        {
            1 => (complaint.Stage1RespondedOn, complaint.Stage1WithinTimescale, complaint.Stage1.Extended is not null, complaint.Stage1Outcome),
            2 => (complaint.Stage2RespondedOn, complaint.Stage2WithinTimescale, complaint.Stage2!.Extended is not null, complaint.Stage2Outcome),
            _ => (complaint.Stage3!.RespondedOn, complaint.Stage3WithinTimescale, false, (Finding?)null),
        };
        outbox.Enqueue(new ComplaintStageResponded(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            complaint.Id.Value,
            notification.Stage,
            respondedOn!.Value,
            withinTimescale!.Value,
            extended,
            outcome is { } finding ? KebabCodes<Finding>.ToCode(finding) : null,
            complaint.Themes));
    }
}
