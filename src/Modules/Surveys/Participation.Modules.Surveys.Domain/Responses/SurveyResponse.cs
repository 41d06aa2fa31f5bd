using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Rules;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Responses;

/// <summary>
/// One set of answers to one published version (docs/domain/surveys.md#answering). For an anonymous survey it keeps
/// the day only, and no link, case reference or address; for an identified one, the case reference its link named.
/// </summary>
public sealed class SurveyResponse : AggregateRoot<SurveyResponseId>
{
    private SurveyResponse()
    {
    }

    public SurveyId SurveyId { get; private set; }

    /// <summary>The published version answered.</summary>
    public int SurveyVersion { get; private set; }

    /// <summary>How the answers arrived.</summary>
    public Channel Channel { get; private set; }

    /// <summary>The day the answers arrived (no finer).</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>The pseudonymous case reference of an identified survey's single-use link; never for anonymous surveys.</summary>
    public string? CaseReference { get; private set; }

    /// <summary>The audience the answers count under.</summary>
    public Audience Audience { get; private set; }

    /// <summary>The service area the answers are about.</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>The priority cohorts the respondent belongs to, where known.</summary>
    public IReadOnlyList<PriorityCohort> Cohorts { get; private set; } = [];

    /// <summary>The variant whose words were answered, or null for the standard wording; counted with the rest.</summary>
    public string? Variant { get; private set; }

    public IReadOnlyList<Answer> Answers { get; private set; } = [];

    /// <summary>The member of staff who entered answers taken by phone, on paper or face to face; null for answers sent through a link.</summary>
    public string? EnteredBy { get; private set; }

    /// <summary>Records answers already checked against the version's questions.</summary>
    public static SurveyResponse Record(Survey survey, int version, IReadOnlyList<Answer> answers, Channel channel, string? caseReference, RespondentProfile respondent, string? variant, DateOnly today, string? enteredBy = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        ArgumentNullException.ThrowIfNull(respondent);
        CheckRule(new AnswerAPublishedVersionRule(survey, version));
        CheckRule(new AnonymousSurveysTakeNoCaseReferenceRule(survey.Draft.Anonymous, caseReference));
        var questionnaire = survey.Published(version)!.Questionnaire;
        CheckRule(new VariantIsTheSurveysRule(questionnaire, variant));
        var response = new SurveyResponse
        {
            // Random, not time-ordered: a version 7 id carries the millisecond it was made, which an anonymous answer
            // must not keep, and which would join it to its voice in Reporting (docs/domain/surveys.md#reporting).
            Id = new SurveyResponseId(Guid.NewGuid()),
            SurveyId = survey.Id,
            SurveyVersion = version,
            Channel = channel,
            ReceivedOn = today,
            CaseReference = caseReference,
            Audience = respondent.Audience,
            ServiceArea = respondent.ServiceArea,
            Cohorts = respondent.Cohorts,
            Variant = variant,
            Answers = answers,
            EnteredBy = enteredBy,
        };
        var freeText = answers.Where(answer => questionnaire.Questions[answer.Question - 1].Kind == QuestionKind.FreeText).Select(answer => answer.Values[0]).ToList();
        var quotable = questionnaire.ConsentsToQuote(answers) ? freeText.FirstOrDefault() : null;
        response.Raise(new SurveyResponseRecordedDomainEvent(survey.Id, questionnaire, version, channel, today, respondent, RatingOutOfFive(questionnaire, answers), freeText, quotable));
        return response;
    }

    /// <summary>
    /// The answer to the first rating scale, placed on 1 to 5 as the voices of every source are rated
    /// (docs/domain/surveys.md#reporting): the scale's lowest point is 1, its highest 5; null if none was answered.
    /// </summary>
    private static int? RatingOutOfFive(Questionnaire questionnaire, IReadOnlyList<Answer> answers)
    {
        var rated = answers.FirstOrDefault(answer => questionnaire.Questions[answer.Question - 1].Kind == QuestionKind.RatingScale);
        if (rated is null)
        {
            return null;
        }

        var scale = questionnaire.Questions[rated.Question - 1].Scale;
        var (lowest, highest) = (scale[0].Value, scale[^1].Value);
        var value = int.Parse(rated.Values[0], System.Globalization.CultureInfo.InvariantCulture);
        return (int)Math.Round(1 + (4.0 * (value - lowest) / (highest - lowest)), MidpointRounding.AwayFromZero);
    }
}

/// <summary>
/// Answers were recorded: the version they answered, how and when they arrived, who (as groups) gave them, their
/// rating on 1 to 5, their free text (which stays in Surveys), and the words the respondent agreed may be quoted.
/// </summary>
public sealed record SurveyResponseRecordedDomainEvent(
    SurveyId SurveyId, Questionnaire Questionnaire, int Version, Channel Channel, DateOnly ReceivedOn, RespondentProfile Respondent, int? Rating, IReadOnlyList<string> FreeText, string? Quotable) : IDomainEvent
{
    /// <summary>The start of the day: answers keep no time of day.</summary>
    public DateTimeOffset OccurredOn => new(ReceivedOn.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
