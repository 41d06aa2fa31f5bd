namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>
/// The same questionnaire in other words for some respondents — under-11 wording beside the standard one
/// (docs/domain/surveys.md#variants): a title, and one wording per question in order. Its answers are the standard
/// version's answers and are counted with them.
/// </summary>
/// <param name="Key">Its code, unique in the questionnaire, e.g. <c>under-11</c>.</param>
/// <param name="Title">Its title.</param>
/// <param name="Questions">One wording per question of the questionnaire, in order.</param>
/// <param name="Language">
/// The language its words are in, as an ISO 639-1 code (<c>cy</c> for Welsh), or null for English: the respondent page
/// speaks to the respondent in it (docs/domain/surveys.md#languages).
/// </param>
public sealed record QuestionnaireVariant(string Key, string Title, IReadOnlyList<VariantWording> Questions, string? Language = null)
{
    /// <summary>An ISO 639-1 language code: two lower-case letters (as the contract states it).</summary>
    public const string LanguagePattern = "^[a-z]{2}$";

    /// <summary>
    /// Whether <paramref name="language"/> is an ISO 639-1 code. Checked by length and letters rather than by
    /// <see cref="LanguagePattern"/>, whose <c>$</c> would let a trailing line break through in .NET.
    /// </summary>
    public static bool IsLanguageCode(string? language) => language is { Length: 2 } && language.All(char.IsAsciiLetterLower);

    /// <summary>The language of the standard words.</summary>
    public const string English = "en";

    public bool SameAs(QuestionnaireVariant other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Key, Title, Language) == (other.Key, other.Title, other.Language)
            && Questions.Count == other.Questions.Count
            && Questions.Zip(other.Questions).All(pair => pair.First.Text == pair.Second.Text && pair.First.Labels.SequenceEqual(pair.Second.Labels, StringComparer.Ordinal));
    }
}

/// <summary>One question's words in a variant.</summary>
/// <param name="Text">The question.</param>
/// <param name="Labels">The words of its scale points or options in order; none keeps the standard ones.</param>
public sealed record VariantWording(string Text, IReadOnlyList<string> Labels)
{
    /// <summary><paramref name="question"/> in these words.</summary>
    public Question Reword(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var choices = question.Kind == QuestionKind.RatingScale ? [] : question.PossibleAnswers();
        return question with
        {
            Text = Text,
            Scale = Labels.Count == question.Scale.Count && Labels.Count > 0 ? [.. question.Scale.Zip(Labels, (point, label) => point with { Label = label })] : question.Scale,
            // A yes / partly / no question's words are kept as its options, so they too can be another language's.
            Options = Labels.Count == choices.Count && Labels.Count > 0 ? [.. choices.Zip(Labels, (option, label) => option with { Label = label })] : question.Options,
        };
    }
}
