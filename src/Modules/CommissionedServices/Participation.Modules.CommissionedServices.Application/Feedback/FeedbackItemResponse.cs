using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Domain.Documentation;

namespace Participation.Modules.CommissionedServices.Application.Feedback;

/// <summary>A feedback item as its provider reads it back.</summary>
public sealed record FeedbackItemResponse(
    Guid Id,
    [property: MaxLength(TextLengths.ExternalId)] string ExternalId,
    DateOnly ReceivedOn,
    Audience Audience,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort> Cohorts,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    Channel Channel,
    int? Rating,
    [property: MaxLength(TextLengths.Statement)] string? Comment,
    bool ConsentToQuote,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> SuggestedThemes,
    DateTimeOffset AcceptedOn);
