using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.CommissionedServices.Contracts;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reporting.Voices;

namespace Participation.Modules.Reporting.Quarterly;

/// <summary>An accepted provider return's "you said, we did" entries, for the quarterly report, in words redacted at source.</summary>
internal sealed class ProviderReturnYouSaidWeDid(ReportingDbContext reporting) : IIntegrationEventHandler<ProviderReturnAccepted>
{
    public Task HandleAsync(ProviderReturnAccepted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        foreach (var entry in integrationEvent.YouSaidWeDid)
        {
            reporting.YouSaidWeDid.Add(new YouSaidWeDidEntry
            {
                Id = entry.Id,
                Source = VoiceSources.ProviderReturn,
                ServiceArea = integrationEvent.ServiceArea,
                Said = entry.Said,
                Did = entry.Did,
                Outcome = "changed",
                AnsweredOn = integrationEvent.AcceptedOn,
            });
        }

        return Task.CompletedTask;
    }
}
