using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>A partner system's feedback item: its provider's suggested themes stay suggested until a participation officer confirms them.</summary>
internal sealed class PartnerFeedbackVoices(ReportingDbContext reporting, TimeProvider clock) : IIntegrationEventHandler<FeedbackReceived>
{
    public Task HandleAsync(FeedbackReceived integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.FeedbackId,
            Source = VoiceSources.PartnerFeedback,
            GivenOn = integrationEvent.ReceivedOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = integrationEvent.Audience,
            Cohorts = integrationEvent.Cohorts,
            Channel = integrationEvent.Channel,
            Themes = integrationEvent.SuggestedThemes,
            Rating = integrationEvent.Rating,
            ProviderId = integrationEvent.ProviderId,
            Quote = integrationEvent.Quote,
            RecordedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
