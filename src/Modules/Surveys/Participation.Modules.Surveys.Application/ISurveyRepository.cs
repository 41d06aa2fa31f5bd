using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application;

/// <summary>Surveys with their draft and published versions.</summary>
public interface ISurveyRepository : IRepository<Survey, SurveyId>
{
    /// <summary>
    /// The survey with version <paramref name="version"/> published, untracked and read-only, or null if there is no
    /// such survey. Published versions never change, so an instance may remember the survey for a few seconds and
    /// answer from memory whenever the remembered copy has that version; only what depends on the latest version (its
    /// open and close dates) can lag a new publication by that long.
    /// </summary>
    Task<Survey?> GetPublishedAsync(SurveyId id, int version, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> surveys in the order they were designed, after <paramref name="afterId"/>; untracked.</summary>
    Task<IReadOnlyList<Survey>> ListAsync(Guid? afterId, int take, CancellationToken cancellationToken);

    /// <summary>The published surveys whose latest version has <paramref name="purpose"/>, untracked.</summary>
    Task<IReadOnlyList<Survey>> PublishedWithPurposeAsync(SurveyPurpose purpose, CancellationToken cancellationToken);

    /// <summary>The surveys whose latest published version closed before <paramref name="day"/>.</summary>
    Task<IReadOnlyList<SurveyId>> ClosedBeforeAsync(DateOnly day, CancellationToken cancellationToken);
}
