using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

/// <summary>
/// Published surveys an instance remembers for <see cref="SurveysOptions.PublishedSurveyCacheSeconds"/>, so each answer
/// through a link does not read and deserialise the survey's versions again (docs/performance.md#survey-submissions).
/// The copies are untracked and only ever read.
/// </summary>
internal sealed class PublishedSurveyCache(IOptions<SurveysOptions> options) : IDisposable
{
    // Bounded: surveys number in the hundreds, far below this.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public Survey? Find(SurveyId id, int version) =>
        _cache.TryGetValue(id, out Survey? survey) && survey?.Published(version) is not null ? survey : null;

    public void Remember(Survey survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (options.Value.PublishedSurveyCacheSeconds > 0)
        {
            _cache.Set(survey.Id, survey, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(options.Value.PublishedSurveyCacheSeconds), Size = 1 });
        }
    }

    public void Dispose() => _cache.Dispose();
}
