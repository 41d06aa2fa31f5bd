using Mediator;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Text;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.CommissionedServices.Domain.Returns;

namespace Participation.Modules.CommissionedServices.Application.Returns.PublishReturnAccepted;

/// <summary>Tells Reporting, through the outbox, in the transaction that accepts the return.</summary>
internal sealed class PublishReturnAcceptedHandler(IOutbox outbox, IProviderRepository providers) : INotificationHandler<ReturnAcceptedDomainEvent>
{
    /// <summary>Where a provider's changes belong when its contract names no service area.</summary>
    private const string NoServiceArea = "commissioned-services";

    public async ValueTask Handle(ReturnAcceptedDomainEvent notification, CancellationToken cancellationToken)
    {
        var accepted = notification.Return;
        var provider = await providers.LoadAsync(accepted.ProviderId, cancellationToken);
        var content = accepted.Submissions[^1].Content;
        outbox.Enqueue(new ProviderReturnAccepted(
            Guid.CreateVersion7(),
            notification.OccurredOn,
            accepted.Id.Value,
            provider.Id.Value,
            accepted.Period,
            UkDates.Of(notification.OccurredOn),
            provider.ServiceAreas.Count > 0 ? provider.ServiceAreas[0] : NoServiceArea,
            [.. content.Activities.Select(activity => new AcceptedActivity(
                activity.HartRung, activity.Lundy.Space.Met, activity.Lundy.Voice.Met, activity.Lundy.Audience.Met, activity.Lundy.Influence.Met))],
            content.Themes,
            [.. content.YouSaidWeDid.Select(entry => new AcceptedYouSaidWeDid(Guid.CreateVersion7(), Redaction.Redact(entry.Said), Redaction.Redact(entry.Did)))]));
    }
}
