using Microsoft.EntityFrameworkCore;
using Participation.BuildingBlocks.Application.Messaging;
using Participation.Modules.Complaints.Contracts;
using Participation.Modules.Reporting.Persistence;

namespace Participation.Modules.Reporting.Voices.Sources;

/// <summary>
/// A complaint: recorded when received, its outcome and themes brought up to date as stages are answered and as the
/// complaints team re-tags it. The complainant's identity and the complaint's text never leave Complaints.
/// </summary>
internal sealed class ComplaintVoices(ReportingDbContext reporting, TimeProvider clock)
    : IIntegrationEventHandler<ComplaintReceived>, IIntegrationEventHandler<ComplaintStageResponded>, IIntegrationEventHandler<ComplaintThemesTagged>
{
    public Task HandleAsync(ComplaintReceived integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        reporting.Voices.Add(new Voice
        {
            Id = integrationEvent.ComplaintId,
            Source = VoiceSources.Complaint,
            GivenOn = integrationEvent.ReceivedOn,
            ServiceArea = integrationEvent.ServiceArea,
            Audience = integrationEvent.ComplainantKind,
            Channel = integrationEvent.Channel,
            RecordedAt = clock.GetUtcNow(),
        });
        return Task.CompletedTask;
    }

    public async Task HandleAsync(ComplaintStageResponded integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var voice = await ComplaintAsync(integrationEvent.ComplaintId, cancellationToken);
        // Stage 3 panels recommend rather than find: the last finding stands. A message delivered again after a later
        // one (its first delivery failed and the next went through) is older news for both the finding and the themes.
        if (integrationEvent.Outcome is { } outcome && !(voice.OutcomeChangedAt >= integrationEvent.OccurredOn))
        {
            voice.Outcome = outcome;
            voice.OutcomeChangedAt = integrationEvent.OccurredOn;
        }

        Retag(voice, integrationEvent.Themes, integrationEvent.OccurredOn);
    }

    public async Task HandleAsync(ComplaintThemesTagged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        Retag(await ComplaintAsync(integrationEvent.ComplaintId, cancellationToken), integrationEvent.Themes, integrationEvent.OccurredOn);
    }

    /// <summary>A complaints officer chose these themes, so they are confirmed; unless a later choice has arrived already.</summary>
    private static void Retag(Voice voice, IReadOnlyList<string> themes, DateTimeOffset chosenAt)
    {
        if (voice.SourceChangedAt >= chosenAt)
        {
            return;
        }

        voice.Themes = themes;
        voice.ThemesConfirmed = themes.Count > 0;
        voice.SourceChangedAt = chosenAt;
    }

    /// <summary>
    /// Complaints publishes through one outbox in order, so the complaint is here before anything that follows it; if it
    /// is not, failing leaves the message to be delivered again rather than lost.
    /// </summary>
    private async Task<Voice> ComplaintAsync(Guid complaintId, CancellationToken cancellationToken) =>
        await reporting.Voices.SingleOrDefaultAsync(voice => voice.Id == complaintId, cancellationToken)
            ?? throw new InvalidOperationException($"Complaint {complaintId} has not reached Reporting yet.");
}
