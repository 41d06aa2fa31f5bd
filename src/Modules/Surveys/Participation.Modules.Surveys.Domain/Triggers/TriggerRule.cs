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

    /// <summary>Which variant a link opens in, the first that suits the respondent; none suiting, the standard words.</summary>
    public IReadOnlyList<WordingChoice> Wordings { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Adds a rule to an event-triggered survey; each wording it chooses must be one of the survey's variants.</summary>
    public static TriggerRule Create(Survey survey, CaseEvent caseEvent, TriggerTiming timing, int linkLifetimeDays, IReadOnlyList<WordingChoice> wordings, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(wordings);
        CheckRule(new OnlyEventTriggeredSurveysHaveTriggersRule(survey.Draft.Purpose));
        foreach (var wording in wordings)
        {
            CheckRule(new VariantIsTheSurveysRule(survey.Current, wording.Variant));
        }

        return new TriggerRule
        {
            Id = new TriggerRuleId(Guid.CreateVersion7()),
            SurveyId = survey.Id,
            Event = caseEvent,
            Timing = timing,
            LinkLifetimeDays = linkLifetimeDays,
            Wordings = wordings,
            CreatedAt = now,
        };
    }

    /// <summary>
    /// The variant a link to <paramref name="published"/> for a respondent of <paramref name="age"/> preferring
    /// <paramref name="language"/> opens in: the first wording that suits them of those the version still has; null
    /// for the standard words.
    /// </summary>
    public string? WordingFor(Questionnaire published, int? age, string? language)
    {
        ArgumentNullException.ThrowIfNull(published);
        return Wordings.FirstOrDefault(wording => wording.Suits(age, language) && published.Variant(wording.Variant) is not null)?.Variant;
    }
}
