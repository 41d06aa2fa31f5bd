using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.ReferenceData.Contracts;
using Participation.Modules.ReferenceData.Domain.Themes;

namespace Participation.Modules.ReferenceData.Application.Themes.PublishThemeRetired;

/// <summary>Tells the other modules, through the outbox, in the transaction that retires the theme.</summary>
internal sealed class PublishThemeRetiredHandler(IOutbox outbox) : INotificationHandler<ThemeRetiredDomainEvent>
{
    public ValueTask Handle(ThemeRetiredDomainEvent notification, CancellationToken cancellationToken)
    {
        outbox.Enqueue(new ThemeRetired(Guid.CreateVersion7(), notification.OccurredOn, notification.ThemeId.Value, notification.Code));
        return ValueTask.CompletedTask;
    }
}
