using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class SurveyRepository(SurveysDbContext context, PublishedSurveyCache published) : ISurveyRepository
{
    public Task<Survey?> GetAsync(SurveyId id, CancellationToken cancellationToken) =>
        context.Surveys.SingleOrDefaultAsync(survey => survey.Id == id, cancellationToken);

    public void Add(Survey survey) => context.Surveys.Add(survey);

    public async Task<Survey?> GetPublishedAsync(SurveyId id, int version, CancellationToken cancellationToken)
    {
        if (published.Find(id, version) is { } remembered)
        {
            return remembered;
        }

        var survey = await context.Surveys.AsNoTracking().SingleOrDefaultAsync(entry => entry.Id == id, cancellationToken);
        if (survey?.Published(version) is not null)
        {
            published.Remember(survey);
        }

        return survey;
    }

    public async Task<IReadOnlyList<Survey>> ListAsync(Guid? afterId, int take, CancellationToken cancellationToken)
    {
        var surveys = context.Surveys.AsNoTracking();
        if (afterId is { } after)
        {
            var afterSurvey = new SurveyId(after);
            surveys = surveys.Where(survey => survey.Id > afterSurvey);
        }

        return await surveys.OrderBy(survey => survey.Id).Take(take).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Survey>> PublishedWithPurposeAsync(SurveyPurpose purpose, CancellationToken cancellationToken)
    {
        // As below: read whole, filtered here.
        var published = await context.Surveys.AsNoTracking().Where(survey => survey.LatestVersion > 0).ToListAsync(cancellationToken);
        return [.. published.Where(survey => survey.Current.Purpose == purpose)];
    }

    public async Task<IReadOnlyList<SurveyId>> ClosedBeforeAsync(DateOnly day, CancellationToken cancellationToken)
    {
        // Surveys number in the hundreds: each one's latest version is read here rather than queried inside its JSON.
        var published = await context.Surveys.AsNoTracking().Where(survey => survey.LatestVersion > 0).ToListAsync(cancellationToken);
        return [.. published.Where(survey => survey.Versions[^1].Questionnaire.ClosesOn < day).Select(survey => survey.Id)];
    }
}
