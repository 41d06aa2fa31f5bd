using Mediator;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers.AddTriggerRule;

/// <summary>
/// Makes <paramref name="Event"/> send the survey, at <paramref name="Timing"/> from the event's date, in the first of
/// <paramref name="Wordings"/> that suits the respondent.
/// </summary>
public sealed record AddTriggerRuleCommand(Guid SurveyId, CaseEvent Event, TriggerTiming Timing, int LinkLifetimeDays, IReadOnlyList<WordingChoice>? Wordings) : ICommand<TriggerRuleResponse>;
