using System.ComponentModel.DataAnnotations;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys;

/// <summary>A survey as its designers see it: the draft, and the versions published so far.</summary>
/// <param name="Id">The survey's id, the same across its versions.</param>
/// <param name="Draft">What the next version will be.</param>
/// <param name="LatestVersion">The latest published version's number; 0 before the first.</param>
/// <param name="HasUnpublishedChanges">Whether the draft differs from the latest published version.</param>
/// <param name="Versions">The published versions, oldest first.</param>
public sealed record SurveyDefinition(
    Guid Id,
    QuestionnaireDocument Draft,
    int LatestVersion,
    bool HasUnpublishedChanges,
    [property: MaxLength(SurveyDefinition.MaxVersionsShown)] IReadOnlyList<PublishedVersionSummary> Versions)
{
    /// <summary>Far more versions than a survey is published in.</summary>
    public const int MaxVersionsShown = 1000;

    public static SurveyDefinition From(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return new(
            survey.Id.Value,
            QuestionnaireDocument.From(survey.Draft),
            survey.LatestVersion,
            survey.HasUnpublishedChanges,
            [.. survey.Versions.Select(version => new PublishedVersionSummary(version.Number, version.PublishedAt))]);
    }
}

/// <summary>A published version: its number and when it was published.</summary>
public sealed record PublishedVersionSummary(int Number, DateTimeOffset PublishedAt);

/// <summary>A published version, fixed: the questionnaire exactly as its respondents were given it.</summary>
/// <param name="SurveyId">The survey's id.</param>
/// <param name="Version">The version's number, from 1.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="Questionnaire">What it asks.</param>
public sealed record PublishedSurvey(Guid SurveyId, int Version, DateTimeOffset PublishedAt, QuestionnaireDocument Questionnaire);

/// <summary>A survey in a list.</summary>
/// <param name="Id">The survey's id.</param>
/// <param name="Title">The draft's title.</param>
/// <param name="Purpose">Why it is sent.</param>
/// <param name="LatestVersion">The latest published version's number; 0 before the first.</param>
/// <param name="HasUnpublishedChanges">Whether the draft differs from the latest published version.</param>
public sealed record SurveySummary(Guid Id, [property: MaxLength(Participation.BuildingBlocks.Domain.TextLengths.Name)] string Title, SurveyPurpose Purpose, int LatestVersion, bool HasUnpublishedChanges);
