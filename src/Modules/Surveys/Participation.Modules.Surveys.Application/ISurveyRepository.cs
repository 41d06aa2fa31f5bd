using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application;

/// <summary>Surveys with their draft and published versions.</summary>
public interface ISurveyRepository : IRepository<Survey, SurveyId>
{
    /// <summary>Up to <paramref name="take"/> surveys in the order they were designed, after <paramref name="afterId"/>; untracked.</summary>
    Task<IReadOnlyList<Survey>> ListAsync(Guid? afterId, int take, CancellationToken cancellationToken);

    /// <summary>The surveys whose latest published version closed before <paramref name="day"/>.</summary>
    Task<IReadOnlyList<SurveyId>> ClosedBeforeAsync(DateOnly day, CancellationToken cancellationToken);
}
