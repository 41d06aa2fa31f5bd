using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.ReferenceData.Domain.ServiceAreas;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.PublishServiceAreaRetired;

/// <summary>Tells the other modules, through the outbox, in the transaction that retires the service area.</summary>
internal sealed class PublishServiceAreaRetiredHandler(IOutbox outbox) : INotificationHandler<ServiceAreaRetiredDomainEvent>
{
    public ValueTask Handle(ServiceAreaRetiredDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ServiceAreaRetired(Guid.CreateVersion7(), notification.OccurredOn, notification.ServiceAreaId.Value, notification.Code));
        return ValueTask.CompletedTask;
    }
}
