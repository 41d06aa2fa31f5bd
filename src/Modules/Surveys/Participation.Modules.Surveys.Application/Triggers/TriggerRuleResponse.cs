using System.ComponentModel.DataAnnotations;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Domain.Triggers;

namespace Participation.Modules.Surveys.Application.Triggers;

/// <summary>A trigger rule.</summary>
/// <param name="Id">The rule's id, to remove it.</param>
/// <param name="SurveyId">The survey it invites to.</param>
/// <param name="Event">The case event that fires it.</param>
/// <param name="Timing">When the link opens, from the event's date.</param>
/// <param name="LinkLifetimeDays">How many days the link stays open from the day it opens.</param>
/// <param name="Wordings">Which variant a link opens in, the first that suits the respondent; none suiting, the standard words.</param>
public sealed record TriggerRuleResponse(
    Guid Id, Guid SurveyId, CaseEvent Event, TriggerTiming Timing, int LinkLifetimeDays, [property: MaxLength(QuestionnaireDocument.MaxVariants)] IReadOnlyList<WordingChoice> Wordings)
{
    public static TriggerRuleResponse From(TriggerRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new(rule.Id.Value, rule.SurveyId.Value, rule.Event, rule.Timing, rule.LinkLifetimeDays, rule.Wordings);
    }
}
