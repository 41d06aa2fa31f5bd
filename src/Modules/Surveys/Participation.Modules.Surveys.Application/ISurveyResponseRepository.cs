using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Application;

/// <summary>Answers to surveys.</summary>
public interface ISurveyResponseRepository : IRepository<SurveyResponse, SurveyResponseId>
{
    /// <summary>Every response to one version from the groups <paramref name="from"/> names, untracked, to be counted.</summary>
    Task<IReadOnlyList<SurveyResponse>> ListAsync(SurveyId survey, int version, RespondentFilter from, CancellationToken cancellationToken);

    /// <summary>Deletes every response to <paramref name="surveys"/> at once; returns how many.</summary>
    Task<int> DeleteForSurveysAsync(IReadOnlyList<SurveyId> surveys, CancellationToken cancellationToken);
}

/// <summary>Which respondents' answers to count: those of one audience, one cohort, one service area, or any.</summary>
public sealed record RespondentFilter(Audience? Audience, PriorityCohort? Cohort, string? ServiceArea);
