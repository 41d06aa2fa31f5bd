using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Forums.Contracts;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reporting.Quarterly;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>
/// A forum item: one voice heard at a forum meeting when raised (no member, no words), and a "you said, we did" entry
/// when its response is reported back to the forum, in words Forums redacted.
/// </summary>
internal sealed class ForumVoices(ReportingDbContext reporting, TimeProvider clock) : IIntegrationEventHandler<ForumItemRaised>, IIntegrationEventHandler<ForumItemAnswered>
{
    public Task HandleAsync(ForumItemRaised integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.ItemId,
            Source = VoiceSources.Forum,
            GivenOn = integrationEvent.RaisedOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = integrationEvent.Audience,
            Cohorts = integrationEvent.Cohorts,
            Channel = KebabCodes<Channel>.ToCode(Channel.ForumMeeting),
            Themes = integrationEvent.Themes,
            ThemesConfirmed = integrationEvent.ThemesChosen && integrationEvent.Themes.Count > 0,
            RecordedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }

    public Task HandleAsync(ForumItemAnswered integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.YouSaidWeDid.Add(new YouSaidWeDidEntry
        {
            Id = integrationEvent.ItemId,
            Source = VoiceSources.Forum,
            ServiceArea = integrationEvent.ServiceArea,
            Said = integrationEvent.Said,
            Did = integrationEvent.Did,
            Outcome = integrationEvent.Outcome,
            AnsweredOn = integrationEvent.ReportedBackOn,
        });
        return Task.CompletedTask;
    }
}
