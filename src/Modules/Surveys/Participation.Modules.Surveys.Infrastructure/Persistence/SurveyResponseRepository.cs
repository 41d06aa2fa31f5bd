using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class SurveyResponseRepository(SurveysDbContext context) : ISurveyResponseRepository
{
    public Task<SurveyResponse?> GetAsync(SurveyResponseId id, CancellationToken cancellationToken) =>
        context.Responses.SingleOrDefaultAsync(response => response.Id == id, cancellationToken);

    public void Add(SurveyResponse response) => context.Responses.Add(response);

    public async Task<IReadOnlyList<SurveyResponse>> ListAsync(SurveyId survey, int version, RespondentFilter from, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(from);
        var responses = context.Responses.AsNoTracking().Where(response => response.SurveyId == survey && response.SurveyVersion == version);
        if (from.Audience is { } audience)
        {
            responses = responses.Where(response => response.Audience == audience);
        }

        if (from.Cohort is { } cohort)
        {
            responses = responses.Where(response => response.Cohorts.Contains(cohort));
        }

        if (from.ServiceArea is { } serviceArea)
        {
            responses = responses.Where(response => response.ServiceArea == serviceArea);
        }

        return await responses.ToListAsync(cancellationToken);
    }

    public Task<int> DeleteForSurveysAsync(IReadOnlyList<SurveyId> surveys, CancellationToken cancellationToken) =>
        context.Responses.Where(response => surveys.Contains(response.SurveyId)).ExecuteDeleteAsync(cancellationToken);
}
