using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.Modules.Surveys.Domain.Surveys;

/// <summary>What a survey asks, of whom, and when: the draft being designed, or a published version's fixed copy.</summary>
public sealed record Questionnaire(
    string Title,
    SurveyPurpose Purpose,
    IReadOnlyList<Audience> Audiences,
    IReadOnlyList<string> ServiceAreas,
    bool Anonymous,
    DateOnly OpensOn,
    DateOnly? ClosesOn,
    IReadOnlyList<Question> Questions)
{
    /// <summary>Whether two questionnaires ask the same things in the same way (records compare lists by reference).</summary>
    public bool SameAs(Questionnaire other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return (Title, Purpose, Anonymous, OpensOn, ClosesOn) == (other.Title, other.Purpose, other.Anonymous, other.OpensOn, other.ClosesOn)
            && Audiences.SequenceEqual(other.Audiences)
            && ServiceAreas.SequenceEqual(other.ServiceAreas, StringComparer.Ordinal)
            && Questions.Count == other.Questions.Count
            && Questions.Zip(other.Questions).All(pair => SameQuestion(pair.First, pair.Second));
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
