using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>
/// What a survey asks, of whom, and when: the draft being designed, or a published version's fixed copy. Its
/// variants word the same questions for particular respondents (docs/domain/surveys.md#variants).
/// </summary>
public sealed record Questionnaire(
    string Title,
    SurveyPurpose Purpose,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<string> ServiceAreas,
    bool Anonymous,
    DateOnly OpensOn,
    DateOnly? ClosesOn,
    IReadOnlyList<Question> Questions,
    IReadOnlyList<QuestionnaireVariant>? Variants = null,
    int? QuoteConsentQuestion = null)
{
    /// <summary>
    /// Whether <paramref name="answers"/> agreed to be quoted: "yes" to the question this questionnaire asks it with
    /// (docs/domain/surveys.md#quotes); never without one.
    /// </summary>
    public bool ConsentsToQuote(IEnumerable<Responses.Answer> answers) =>
        QuoteConsentQuestion is { } question && answers.Any(answer => answer.Question == question && answer.Values is ["yes"]);

    /// <summary>The variants, none for a questionnaire stored before there were any.</summary>
    public IReadOnlyList<QuestionnaireVariant> Variants { get; init; } = Variants ?? [];

    /// <summary>The variant called <paramref name="key"/>, or null.</summary>
    public QuestionnaireVariant? Variant(string? key) => key is null ? null : Variants.FirstOrDefault(variant => variant.Key == key);

    /// <summary>
    /// The first variant in the language a case system recorded for someone (<c>cy</c>, <c>CY</c>, <c>cy-GB</c>,
    /// <c>cy_GB</c>: the primary subtag), or null for English (an English-worded variant, easy-read say, is for
    /// someone it was written for, not for everyone who speaks English), an unknown language or none recorded
    /// (docs/domain/closed-case-follow-up.md#letter).
    /// </summary>
    public QuestionnaireVariant? VariantInLanguageOf(string? recordedLanguage) =>
        recordedLanguage?.Trim().Split('-', '_')[0].ToLowerInvariant() is { } language
        && QuestionnaireVariant.IsLanguageCode(language) && language != QuestionnaireVariant.English
            ? Variants.FirstOrDefault(variant => variant.Language == language)
            : null;

    /// <summary>
    /// The questionnaire in the words of variant <paramref name="key"/>: its title, each question's text and its
    /// answers' labels; everything answers are checked and counted by (kinds, values, codes, conditions) unchanged.
    /// The standard wording when there is no such variant.
    /// </summary>
    public Questionnaire WordedFor(string? key) => Variant(key) is not { } variant
        ? this
        : this with
        {
            Title = variant.Title,
            Questions = [.. Questions.Zip(variant.Questions, (question, wording) => wording.Reword(question))],
        };

    /// <summary>Whether two questionnaires ask the same things in the same way (records compare lists by reference).</summary>
    public bool SameAs(Questionnaire other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Title, Purpose, Anonymous, OpensOn, ClosesOn, QuoteConsentQuestion) == (other.Title, other.Purpose, other.Anonymous, other.OpensOn, other.ClosesOn, other.QuoteConsentQuestion)
            && Audiences.SequenceEqual(other.Audiences)
            && ServiceAreas.SequenceEqual(other.ServiceAreas, StringComparer.Ordinal)
            && Questions.Count == other.Questions.Count
            && Questions.Zip(other.Questions).All(pair => SameQuestion(pair.First, pair.Second))
            && Variants.Count == other.Variants.Count
            && Variants.Zip(other.Variants).All(pair => pair.First.SameAs(pair.Second));
    }

    private static bool SameQuestion(Question one, Question other) =>
        (one.Kind, one.Text, one.Required, one.MaxLength) == (other.Kind, other.Text, other.Required, other.MaxLength)
        && one.Scale.SequenceEqual(other.Scale)
        && one.Options.SequenceEqual(other.Options)
        && (one.ShowIf, other.ShowIf) switch
        {
            (null, null) => true,
            ({ } first, { } second) => first.Question == second.Question && first.Answers.SequenceEqual(second.Answers, StringComparer.Ordinal),
            _ => false,
        };
}
