using Mediator;

namespace Participation.Modules.Surveys.Application.Triggers.RemoveTriggerRule;

/// <summary>Stops a rule firing; links it already scheduled stay as they are.</summary>
public sealed record RemoveTriggerRuleCommand(Guid SurveyId, Guid RuleId) : ICommand;
