using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Rules;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>
/// "When this happens, invite to that survey, this long before or after" (docs/domain/surveys.md#triggers): e.g. a
/// looked-after review booked sends the "What Do You Think?" form ten working days before the review.
/// </summary>
public sealed class TriggerRule : AggregateRoot<TriggerRuleId>
{
    /// <summary>The longest a triggered link may stay open.</summary>
    public const int MaxLinkLifetimeDays = 366;

    private TriggerRule()
    {
    }

    public SurveyId SurveyId { get; private set; }

    /// <summary>The event that fires the rule.</summary>
    public CaseEvent Event { get; private set; }

    /// <summary>When the link opens, from the event's date.</summary>
    public TriggerTiming Timing { get; private set; } = null!;

    /// <summary>How many days the link stays open from the day it opens.</summary>
    public int LinkLifetimeDays { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Adds a rule to an event-triggered survey.</summary>
    public static TriggerRule Create(Survey survey, CaseEvent caseEvent, TriggerTiming timing, int linkLifetimeDays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        CheckRule(new OnlyEventTriggeredSurveysHaveTriggersRule(survey.Draft.Purpose));
        return new TriggerRule
        {
            Id = new TriggerRuleId(Guid.CreateVersion7()),
            SurveyId = survey.Id,
            Event = caseEvent,
            Timing = timing,
            LinkLifetimeDays = linkLifetimeDays,
            CreatedAt = now,
        };
    }
}
