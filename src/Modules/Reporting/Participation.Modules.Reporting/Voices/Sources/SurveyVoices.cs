using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Surveys.Contracts;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>A survey answered: a voice with its groups, its rating and the themes suggested for its free text, to be confirmed here.</summary>
internal sealed class SurveyVoices(ReportingDbContext reporting, TimeProvider clock) : IIntegrationEventHandler<SurveyResponseSubmitted>
{
    public Task HandleAsync(SurveyResponseSubmitted integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.Id,
            Source = VoiceSources.Survey,
            GivenOn = integrationEvent.AnsweredOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = integrationEvent.Audience,
            Cohorts = integrationEvent.Cohorts ?? [],
            Channel = integrationEvent.Channel,
            Rating = integrationEvent.Rating,
            Quote = integrationEvent.Quote,
            Themes = integrationEvent.Themes,
            RecordedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }
}
