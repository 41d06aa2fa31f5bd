using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Reporting.Persistence;
using Participation.Modules.Reviews.Contracts;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>
/// A child's participation in a meeting about their own life: one voice per review, brought up to date when its facts
/// are corrected (the latest change wins, whatever order messages arrive in; its outcome is the derived PN code, its
/// rating whether they felt helped).
/// </summary>
internal sealed class ReviewVoices(ReportingDbContext reporting, TimeProvider clock) : IIntegrationEventHandler<ReviewParticipationRecorded>
{
    public async Task HandleAsync(ReviewParticipationRecorded integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await reporting.Voices.SingleOrDefaultAsync(voice => voice.Id == integrationEvent.ReviewId, cancellationToken) is { } known)
        {
            // A message retried after a later one was delivered is older news: the later facts stand.
            if (known.SourceChangedAt >= integrationEvent.OccurredOn)
            {
                return;
            }

            known.SourceChangedAt = integrationEvent.OccurredOn;
            known.GivenOn = integrationEvent.HeldOn;
            known.ServiceArea = integrationEvent.ServiceArea;
            known.Channel = integrationEvent.Channel;
            known.Rating = integrationEvent.FeltHelpedRating;
            known.Outcome = integrationEvent.ParticipationCode;
            return;
        }

        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.ReviewId,
            Source = VoiceSources.Review,
            GivenOn = integrationEvent.HeldOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = KebabCodes<Audience>.ToCode(Audience.ChildOrYoungPerson),
            Channel = integrationEvent.Channel,
            Rating = integrationEvent.FeltHelpedRating,
            Outcome = integrationEvent.ParticipationCode,
            SourceChangedAt = integrationEvent.OccurredOn,
            RecordedAt = clock.GetUtcNow(),
        });
    }
}
