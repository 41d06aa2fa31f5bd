using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application;

/// <summary>Answers to surveys.</summary>
public interface ISurveyResponseRepository : IRepository<SurveyResponse, SurveyResponseId>
{
    /// <summary>Every response to one version, untracked, to be counted.</summary>
    Task<IReadOnlyList<SurveyResponse>> ListAsync(SurveyId survey, int version, CancellationToken cancellationToken);

    /// <summary>Deletes every response to <paramref name="surveys"/> at once; returns how many.</summary>
    Task<int> DeleteForSurveysAsync(IReadOnlyList<SurveyId> surveys, CancellationToken cancellationToken);
}
