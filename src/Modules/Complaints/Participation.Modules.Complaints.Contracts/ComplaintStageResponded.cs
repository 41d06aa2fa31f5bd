using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Complaints.Contracts;

/// <summary>A stage of a complaint was answered (for reporting: timeliness and outcomes).</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When the response was recorded.</param>
/// <param name="ComplaintId">The complaint.</param>
/// <param name="Stage">1, 2 or 3.</param>
/// <param name="RespondedOn">The day of the response.</param>
/// <param name="WithinTimescale">Whether it was on or before the due date (extended where extended).</param>
/// <param name="Extended">Whether the stage was extended.</param>
/// <param name="Themes">The complaint's theme codes when the stage was answered.</param>
/// <param name="Outcome">upheld, partly-upheld or not-upheld across the points; null at stage 3, where the panel makes recommendations rather than findings.</param>
public sealed record ComplaintStageResponded(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ComplaintId,
    int Stage,
    DateOnly RespondedOn,
    bool WithinTimescale,
    bool Extended,
    string? Outcome,
    IReadOnlyList<string> Themes) : IIntegrationEvent;
