using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Reviews.Contracts;

/// <summary>
/// How a child took part in a meeting about their own life was recorded or corrected: for reporting, one voice, replaced
/// by the latest. No child reference and no age (docs/domain/participation-codes.md#reports).
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was recorded.</param>
/// <param name="ReviewId">The review, which is also the voice's id.</param>
/// <param name="Kind">The kind of meeting (kind code).</param>
/// <param name="HeldOn">The day it was held.</param>
/// <param name="ServiceArea">The service area (code).</param>
/// <param name="Channel">How the child's views reached it (channel code): face-to-face when present or through an advocate, paper-form by another medium; null when they did not reach it (PN7).</param>
/// <param name="ParticipationCode">PN0–PN7 for a looked-after review; null for other meetings.</param>
/// <param name="FeltHelpedRating">Felt helped as a 1–5 rating (yes 5, partly 3, no 1); null when not asked.</param>
public sealed record ReviewParticipationRecorded(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid ReviewId,
    string Kind,
    DateOnly HeldOn,
    string ServiceArea,
    string? Channel,
    string? ParticipationCode,
    int? FeltHelpedRating) : IIntegrationEvent;
