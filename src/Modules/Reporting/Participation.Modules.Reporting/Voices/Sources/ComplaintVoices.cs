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
        // Stage 3 panels recommend rather than find: the last finding stands.
        voice.Outcome = integrationEvent.Outcome ?? voice.Outcome;
        Retag(voice, integrationEvent.Themes);
    }

    public async Task HandleAsync(ComplaintThemesTagged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        Retag(await ComplaintAsync(integrationEvent.ComplaintId, cancellationToken), integrationEvent.Themes);
    }

    /// <summary>A complaints officer chose these themes, so they are confirmed.</summary>
    private static void Retag(Voice voice, IReadOnlyList<string> themes)
    {
        voice.Themes = themes;
        voice.ThemesConfirmed = themes.Count > 0;
    }

    /// <summary>
    /// Complaints publishes through one outbox in order, so the complaint is here before anything that follows it; if it
    /// is not, failing leaves the message to be delivered again rather than lost.
    /// </summary>
    private async Task<Voice> ComplaintAsync(Guid complaintId, CancellationToken cancellationToken) =>
        await reporting.Voices.SingleOrDefaultAsync(voice => voice.Id == complaintId, cancellationToken)
            ?? throw new InvalidOperationException($"Complaint {complaintId} has not reached Reporting yet.");
}
