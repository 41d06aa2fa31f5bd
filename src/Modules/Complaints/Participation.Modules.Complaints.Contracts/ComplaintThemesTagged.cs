using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Complaints.Contracts;

/// <summary>The complaints team re-tagged a complaint's themes (for reporting: the themes it is counted under).</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When the tags were changed.</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Themes">Its theme codes now, replacing the earlier ones.</param>
public sealed record ComplaintThemesTagged(Guid Id, DateTimeOffset OccurredOn, Guid ComplaintId, IReadOnlyList<string> Themes) : IIntegrationEvent;
