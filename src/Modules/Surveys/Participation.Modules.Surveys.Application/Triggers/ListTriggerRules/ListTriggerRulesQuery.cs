using Mediator;

namespace Participation.Modules.Surveys.Application.Triggers.ListTriggerRules;

/// <summary>The survey's trigger rules, oldest first.</summary>
public sealed record ListTriggerRulesQuery(Guid SurveyId) : IQuery<IReadOnlyList<TriggerRuleResponse>>;
