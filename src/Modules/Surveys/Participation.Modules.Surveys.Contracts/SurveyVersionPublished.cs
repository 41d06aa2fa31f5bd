using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Surveys.Contracts;

/// <summary>
/// A survey version was published: from now on answers name it. For modules that send or report on surveys (the
/// questionnaire itself stays in Surveys and is read by its version).
/// </summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was published.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="Version">The version's number, from 1.</param>
/// <param name="Purpose">Why the survey is sent (purpose code: annual, event-triggered, closed-case, other).</param>
/// <param name="Audiences">Who it asks (audience codes).</param>
/// <param name="ServiceAreas">The service areas it is about (codes).</param>
/// <param name="Anonymous">Whether its answers are anonymous.</param>
public sealed record SurveyVersionPublished(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid SurveyId,
    int Version,
    string Purpose,
    IReadOnlyList<string> Audiences,
    IReadOnlyList<string> ServiceAreas,
    bool Anonymous) : IIntegrationEvent;
