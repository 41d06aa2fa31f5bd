using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.CommissionedServices.Contracts;

/// <summary>
/// A partner system's feedback item was accepted. Carries what reporting counts and tags, not the free-text comment:
/// what a child wrote stays in the module that received it, unless they agreed to be quoted, and then only redacted.
/// </summary>
/// <param name="Id">The message id: the feedback item's own id, as each item is received once.</param>
/// <param name="OccurredOn">When it was accepted.</param>
/// <param name="FeedbackId">The feedback item.</param>
/// <param name="ProviderId">The provider that sent it.</param>
/// <param name="ReceivedOn">When the provider received it.</param>
/// <param name="Audience">Who gave it (audience code).</param>
/// <param name="Cohorts">The priority cohorts it touches (codes).</param>
/// <param name="ServiceArea">The service area it points to (code).</param>
/// <param name="Channel">How it reached the provider (channel code).</param>
/// <param name="Rating">A 1-5 rating, if given.</param>
/// <param name="SuggestedThemes">Theme codes the provider suggested.</param>
/// <param name="Quote">The comment, redacted and shortened, only where the person agreed to be quoted; else null.</param>
public sealed record FeedbackReceived(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid FeedbackId,
    Guid ProviderId,
    DateOnly ReceivedOn,
    string Audience,
    IReadOnlyList<string> Cohorts,
    string ServiceArea,
    string Channel,
    int? Rating,
    IReadOnlyList<string> SuggestedThemes,
    string? Quote) : IIntegrationEvent;
