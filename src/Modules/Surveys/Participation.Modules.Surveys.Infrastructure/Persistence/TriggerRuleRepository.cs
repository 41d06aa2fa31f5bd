using Microsoft.EntityFrameworkCore;
using Participation.Modules.Surveys.Application;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Infrastructure.Persistence;

internal sealed class TriggerRuleRepository(SurveysDbContext context) : ITriggerRuleRepository
{
    public Task<TriggerRule?> GetAsync(TriggerRuleId id, CancellationToken cancellationToken) =>
        context.TriggerRules.SingleOrDefaultAsync(rule => rule.Id == id, cancellationToken);

    public void Add(TriggerRule rule) => context.TriggerRules.Add(rule);

    public void Remove(TriggerRule rule) => context.TriggerRules.Remove(rule);

    public async Task<IReadOnlyList<TriggerRule>> FiredByAsync(CaseEvent caseEvent, CancellationToken cancellationToken) =>
        await context.TriggerRules.Where(rule => rule.Event == caseEvent).OrderBy(rule => rule.CreatedAt).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<TriggerRule>> ForSurveyAsync(SurveyId survey, CancellationToken cancellationToken) =>
        await context.TriggerRules.AsNoTracking().Where(rule => rule.SurveyId == survey).OrderBy(rule => rule.CreatedAt).ToListAsync(cancellationToken);
}
