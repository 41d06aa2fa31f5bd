using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Participation.Modules.Surveys.Domain.Responses;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

/// <summary>
/// Answers checked against the questions of the version they answer (docs/domain/surveys.md#answering): each names a
/// question that exists, once; a question hidden by its show-if condition takes no answer; a required question that
/// is shown must be answered; each answer is one its question can have. Each failure about a question carries its
/// number as <see cref="ValidationFailure.CustomState"/>, so a form can show the message beside it.
/// </summary>
internal static class AnswerSheet
{
    /// <summary>As the other overload; none for a version that was never published, which the domain then refuses (422).</summary>
    public static IReadOnlyList<Answer> Check(SurveyVersion? version, IReadOnlyList<AnswerDocument> answers) =>
        version is null ? [] : Check(version.Questionnaire, answers);

    /// <summary>The answers in question order, or a 400 naming every field that is wrong.</summary>
    public static IReadOnlyList<Answer> Check(Questionnaire questionnaire, IReadOnlyList<AnswerDocument> answers)
    {
        var failures = new List<ValidationFailure>();
        var given = new Dictionary<int, IReadOnlyList<string>>();
        for (var index = 0; index < answers.Count; index++)
        {
            var answer = answers[index];
            if (answer is null || answer.Question < 1 || answer.Question > questionnaire.Questions.Count || given.ContainsKey(answer.Question))
            {
                failures.Add(new ValidationFailure($"answers[{index}].question", $"answers[{index}].question must name a question of this version (1 to {questionnaire.Questions.Count}), once."));
                continue;
            }

            var question = questionnaire.Questions[answer.Question - 1];
            IReadOnlyList<string> values = question.Kind == QuestionKind.MultipleChoice ? [.. answer.Values ?? []] : answer.Value is { } value ? [value] : [];
            if (Problem(question, values) is { } problem)
            {
                var field = $"answers[{index}].{(question.Kind == QuestionKind.MultipleChoice ? "values" : "value")}";
                failures.Add(new ValidationFailure(field, $"{field} (question {answer.Question}) {problem}") { CustomState = answer.Question });
            }

            given[answer.Question] = values;
        }

        for (var number = 1; number <= questionnaire.Questions.Count; number++)
        {
            var question = questionnaire.Questions[number - 1];
            var shown = question.ShowIf is not { } showIf || (given.TryGetValue(showIf.Question, out var earlier) && earlier.Any(showIf.Answers.Contains));
            if (!shown && given.ContainsKey(number))
            {
                failures.Add(new ValidationFailure("answers", $"answers must not answer question {number}: its condition on question {question.ShowIf!.Question} was not met.") { CustomState = number });
            }
            else if (shown && question.Required && !given.ContainsKey(number))
            {
                failures.Add(new ValidationFailure("answers", $"answers must answer question {number}: it is required.") { CustomState = number });
            }
        }

        return failures.Count > 0
            ? throw new ValidationException(failures)
            : [.. given.OrderBy(pair => pair.Key).Select(pair => new Answer(pair.Key, pair.Value))];
    }

    /// <summary>The answers as one canonical text, so the same answers sent again are recognised whatever their order.</summary>
    public static string Canonical(int version, IReadOnlyList<Answer> answers) => JsonSerializer.Serialize(new { version, answers });

    private static string? Problem(Question question, IReadOnlyList<string> values)
    {
        var allowed = question.PossibleAnswers().Select(answer => answer.Code).ToList();
        switch (question.Kind)
        {
            case QuestionKind.FreeText:
                if (values is not [{ } text] || string.IsNullOrWhiteSpace(text))
                {
                    return "must be some words.";
                }

                return text.Length > question.MaxLength ? $"must be at most {question.MaxLength} characters." : null;
            case QuestionKind.MultipleChoice:
                if (values.Count == 0 || values.Distinct(StringComparer.Ordinal).Count() != values.Count)
                {
                    return "must list one or more different option codes.";
                }

                // A null in the list is no option either (System.Text.Json lets one into a list of strings).
                return values.Any(value => value is null || !allowed.Contains(value))
                    ? $"must list only its options' codes: {string.Join(", ", allowed)}."
                    : null;
            default:
                return values is [{ } one] && allowed.Contains(one) ? null : $"must be one of: {string.Join(", ", allowed)}.";
        }
    }
}
