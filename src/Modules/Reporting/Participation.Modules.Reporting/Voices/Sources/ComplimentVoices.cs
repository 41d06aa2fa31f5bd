using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>A compliment recorded by the complaints team.</summary>
internal sealed class ComplimentVoices(ReportingDbContext reporting, TimeProvider clock) : IIntegrationEventHandler<ComplimentReceived>
{
    public Task HandleAsync(ComplimentReceived integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.ComplimentId,
            Source = VoiceSources.Compliment,
            GivenOn = integrationEvent.ReceivedOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = integrationEvent.Audience,
            Channel = integrationEvent.Channel,
            RecordedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
