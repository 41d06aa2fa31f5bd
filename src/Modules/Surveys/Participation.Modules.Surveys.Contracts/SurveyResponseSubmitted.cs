using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.Surveys.Contracts;

/// <summary>
/// A survey was answered (for reporting: one voice). It carries no identity, no response id and no words but a
/// redacted quote the respondent agreed to: not the case reference, not the link, and a time no finer than the day,
/// so even an identified survey's voice cannot be joined back to its answers (docs/domain/surveys.md#reporting).
/// </summary>
/// <param name="Id">The message id, which is also the voice's id.</param>
/// <param name="OccurredOn">The start of the day it was answered (UTC), no finer.</param>
/// <param name="SurveyId">The survey.</param>
/// <param name="Version">The version answered.</param>
/// <param name="Purpose">Why the survey was sent (purpose code).</param>
/// <param name="AnsweredOn">The day it was answered.</param>
/// <param name="Audience">Who answered (audience code), as the link or the entry said.</param>
/// <param name="ServiceArea">What it was about (service area code), as the link or the entry said.</param>
/// <param name="Channel">How the answers arrived (channel code).</param>
/// <param name="Themes">Themes the taxonomy suggests for the free-text answers, to be confirmed in Reporting.</param>
/// <param name="Cohorts">The priority cohorts (codes) the respondent belongs to, where the link or the entry said; messages written before there were any carry none.</param>
/// <param name="Rating">The answer to the first rating scale on 1 to 5, if there was one.</param>
/// <param name="Quote">The first free-text answer, redacted and shortened, only where the respondent agreed to be quoted; else null.</param>
public sealed record SurveyResponseSubmitted(
    Guid Id,
    DateTimeOffset OccurredOn,
    Guid SurveyId,
    int Version,
    string Purpose,
    DateOnly AnsweredOn,
    string Audience,
    string ServiceArea,
    string Channel,
    IReadOnlyList<string> Themes,
    IReadOnlyList<string>? Cohorts,
    int? Rating,
    string? Quote) : IIntegrationEvent;
