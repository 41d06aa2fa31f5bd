using System.Globalization;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>
/// One question, numbered by its place in the questionnaire from 1. A rating scale has its <see cref="Scale"/>, a
/// choice its <see cref="Options"/>, free text its <see cref="MaxLength"/>; <see cref="ShowIf"/> hides it unless an
/// earlier question was answered a certain way.
/// </summary>
public sealed record Question(
    QuestionKind Kind,
    string Text,
    bool Required,
    IReadOnlyList<ScalePoint> Scale,
    IReadOnlyList<ChoiceOption> Options,
    int? MaxLength,
    ShowIf? ShowIf)
{
    /// <summary>The answers of a yes / partly / no question in the standard words.</summary>
    public static readonly IReadOnlyList<ChoiceOption> YesPartlyNoAnswers = [new("yes", "Yes"), new("partly", "Partly"), new("no", "No")];

    /// <summary>
    /// The answers it can be given, with their words, in order: a scale's values (as text), yes / partly / no (in a
    /// variant's words when it gives them), or the options; none for free text. A method, not a property, so it is
    /// never stored with the questionnaire.
    /// </summary>
    public IReadOnlyList<ChoiceOption> PossibleAnswers() => Kind switch
    {
        QuestionKind.RatingScale => [.. Scale.Select(point => new ChoiceOption(point.Value.ToString(CultureInfo.InvariantCulture), point.Label))],
        QuestionKind.YesPartlyNo => Options.Count == YesPartlyNoAnswers.Count ? Options : YesPartlyNoAnswers,
        QuestionKind.SingleChoice or QuestionKind.MultipleChoice => Options,
        _ => [],
    };
}

/// <summary>A point on a rating scale: its value, its words, and the icon a child-friendly form shows for it.</summary>
public sealed record ScalePoint(int Value, string Label, string IconKey);

/// <summary>An option of a choice question: a stable code answers carry, and its words.</summary>
public sealed record ChoiceOption(string Code, string Label);

/// <summary>Shown only when question <see cref="Question"/> (an earlier one) was answered with one of <see cref="Answers"/>.</summary>
public sealed record ShowIf(int Question, IReadOnlyList<string> Answers);
