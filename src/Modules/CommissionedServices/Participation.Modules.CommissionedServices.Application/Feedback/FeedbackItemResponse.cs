using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.CommissionedServices.Application.Feedback;

/// <summary>A feedback item as its provider reads it back.</summary>
public sealed record FeedbackItemResponse(
    Guid Id,
    string ExternalId,
    DateOnly ReceivedOn,
    Audience Audience,
    IReadOnlyList<PriorityCohort> Cohorts,
    string ServiceArea,
    Channel Channel,
    int? Rating,
    string? Comment,
    IReadOnlyList<string> SuggestedThemes,
    DateTimeOffset AcceptedOn);
