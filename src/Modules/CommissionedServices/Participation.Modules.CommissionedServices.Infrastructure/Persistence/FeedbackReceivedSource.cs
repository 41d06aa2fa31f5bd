using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Text;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Messaging;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.CommissionedServices.Domain.Feedback;

namespace Participation.Modules.CommissionedServices.Infrastructure.Persistence;

/// <summary>
/// Rebuilds <see cref="FeedbackReceived"/> from the accepted items an outbox row names (ADR 10). Items never change
/// once accepted, so the event is the same whenever it is rebuilt; its id is the item's, as each is received once.
/// </summary>
internal sealed class FeedbackReceivedSource(CommissionedServicesDbContext context) : IStoredEventSource
{
    public Type EventType => typeof(FeedbackReceived);

    public async Task<IReadOnlyList<IIntegrationEvent>> LoadAsync(IReadOnlyList<Guid> recordIds, CancellationToken cancellationToken)
    {
        var items = await context.FeedbackItems.AsNoTracking().Where(item => recordIds.Contains(item.Id)).ToListAsync(cancellationToken);
        return [.. items.Select(Received)];
    }

    private static FeedbackReceived Received(FeedbackItem item) => new(
        item.Id,
        item.AcceptedOn,
        item.Id,
        item.ProviderId.Value,
        item.ReceivedOn,
        KebabCodes<Audience>.ToCode(item.Audience),
        [.. item.Cohorts.Select(KebabCodes<PriorityCohort>.ToCode)],
        item.ServiceArea,
        KebabCodes<Channel>.ToCode(item.Channel),
        item.Rating,
        item.SuggestedThemes,
        item.ConsentToQuote && item.Comment is { } comment ? Redaction.Redact(comment) : null);
}
