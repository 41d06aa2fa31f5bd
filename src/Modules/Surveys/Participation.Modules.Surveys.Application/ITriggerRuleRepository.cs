using Participation.BuildingBlocks.Application.Persistence;
using Participation.Modules.Surveys.Domain.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application;

/// <summary>The rules that turn case events into invitations.</summary>
public interface ITriggerRuleRepository : IRepository<TriggerRule, TriggerRuleId>
{
    /// <summary>Every rule <paramref name="caseEvent"/> fires, oldest first.</summary>
    Task<IReadOnlyList<TriggerRule>> FiredByAsync(CaseEvent caseEvent, CancellationToken cancellationToken);

    /// <summary>The survey's rules, oldest first; untracked.</summary>
    Task<IReadOnlyList<TriggerRule>> ForSurveyAsync(SurveyId survey, CancellationToken cancellationToken);

    /// <summary>Deletes the rule with the unit of work; links it already scheduled stay.</summary>
    void Remove(TriggerRule rule);
}
