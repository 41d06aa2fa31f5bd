using Mediator;

namespace Participation.Modules.Surveys.Application.Results.GetSurveyResults;

/// <summary>
/// A version's results (the latest published when <paramref name="Version"/> is null), counting only the respondents
/// <paramref name="From"/> names; <paramref name="IncludeTexts"/> when the caller may read free text.
/// </summary>
public sealed record GetSurveyResultsQuery(Guid SurveyId, int? Version, RespondentFilter From, bool IncludeTexts) : IQuery<SurveyResults>;
