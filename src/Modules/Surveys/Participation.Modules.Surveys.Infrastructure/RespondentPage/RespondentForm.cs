using System.Globalization;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Responding;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>
/// The questionnaire as an HTML form that works without JavaScript, and the posted form as answers. Without
/// JavaScript every question is on the page; one that applies only after certain answers says so in its hint, and
/// anything written in it when it does not apply is left out rather than refused.
/// </summary>
internal static class RespondentForm
{
    /// <summary>The form field of question <paramref name="number"/>.</summary>
    public static string Field(int number) => $"q{number}";

    /// <summary>The questions to answer, with what was posted and the problems found, if any.</summary>
    public static RespondentPageView Questions(string token, RespondentQuestionnaire questionnaire, IFormCollection? posted, IReadOnlyDictionary<int, string> problems)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var child = ForChildren(questionnaire);
        var words = PageWords.For(questionnaire.Language);
        var questions = questionnaire.Questions.Select((question, index) => View(questionnaire, words, index + 1, question, child, posted, problems.GetValueOrDefault(index + 1))).ToList();
        var errors = questions.Where(question => question.Error is not null)
            .Select(question => new ErrorLink($"#{question.FirstInputId}", PageWords.Fill(words.QuestionNumbered, question.Number, question.Error!)))
            .ToList();
        if (problems.TryGetValue(0, out var whole))
        {
            errors.Insert(0, new ErrorLink($"#{questions[0].FirstInputId}", whole));
        }

        return new RespondentPageView("questions", questionnaire.Title, null, child, questionnaire.Anonymous, questionnaire.Version, $"/respond/{token}", errors, questions)
        {
            Words = words,
            ContentLanguage = (questionnaire.Language ?? PageWords.English.Language) == words.Language ? string.Empty : $" lang=\"{questionnaire.Language}\"",
        };
    }

    /// <summary>The page after the answers were received, in the words the questions were in.</summary>
    public static RespondentPageView Thanks(RespondentQuestionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        var words = PageWords.For(questionnaire.Language);
        var child = ForChildren(questionnaire);
        return RespondentPageView.Notice("thanks", words.ThankYou, child ? words.ReceivedChild : words.Received, child) with { Words = words };
    }

    /// <summary>The problem with the whole form when the questions changed while it was being answered.</summary>
    public static IReadOnlyDictionary<int, string> QuestionsChanged(RespondentQuestionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new Dictionary<int, string> { [0] = PageWords.For(questionnaire.Language).QuestionsChanged };
    }

    /// <summary>
    /// The answers the form holds: each question's field, trimmed, blanks dropped, and questions whose condition the
    /// form's own answers do not meet left out.
    /// </summary>
    public static IReadOnlyList<AnswerDocument> Answers(RespondentQuestionnaire questionnaire, IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(form);
        var given = new Dictionary<int, IReadOnlyList<string>>();
        var answers = new List<AnswerDocument>();
        for (var number = 1; number <= questionnaire.Questions.Count; number++)
        {
            var question = questionnaire.Questions[number - 1];
            if (question.ShowIf is { } showIf && !(given.TryGetValue(showIf.Question, out var earlier) && earlier.Any(showIf.Answers.Contains)))
            {
                continue;
            }

            IReadOnlyList<string> values = [.. form[Field(number)].Select(value => value?.Trim()).OfType<string>().Where(value => value.Length > 0)];
            if (values.Count == 0)
            {
                continue;
            }

            given[number] = values;
            answers.Add(question.Kind == QuestionKind.MultipleChoice ? new AnswerDocument(number, null, values) : new AnswerDocument(number, values[0], null));
        }

        return answers;
    }

    /// <summary>Each question's problem in the respondent's words, from the failures the answer sheet names it in.</summary>
    public static IReadOnlyDictionary<int, string> Problems(RespondentQuestionnaire questionnaire, IFormCollection form, IEnumerable<ValidationFailure> failures)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(form);
        return failures.Select(failure => failure.CustomState).OfType<int>().Distinct()
            .Where(number => number >= 1 && number <= questionnaire.Questions.Count)
            .ToDictionary(number => number, number => Problem(PageWords.For(questionnaire.Language), questionnaire.Questions[number - 1], form[Field(number)].ToString().Trim(), ForChildren(questionnaire)));
    }

    private static string Problem(PageWords words, QuestionDocument question, string given, bool child) => question.Kind switch
    {
        QuestionKind.FreeText when given.Length > (question.MaxLength ?? 0) => PageWords.Fill(words.TooLong, question.MaxLength ?? 0, given.Length),
        QuestionKind.FreeText => child ? words.WriteSomethingChild : words.WriteSomething,
        QuestionKind.MultipleChoice => words.ChooseAtLeastOne,
        _ => given.Length == 0 ? words.ChooseOne : words.ChooseAShownOne,
    };

    private static bool ForChildren(RespondentQuestionnaire questionnaire) => questionnaire.Audiences.Contains(Audience.ChildOrYoungPerson);

    private static QuestionView View(RespondentQuestionnaire questionnaire, PageWords words, int number, QuestionDocument question, bool child, IFormCollection? posted, string? error)
    {
        var chosen = posted?[Field(number)].Select(value => value?.Trim()).ToHashSet(StringComparer.Ordinal) ?? [];
        var pictures = child && question.Kind == QuestionKind.RatingScale;
        var icons = (question.Scale ?? []).ToDictionary(point => point.Value.ToString(CultureInfo.InvariantCulture), point => point.IconKey, StringComparer.Ordinal);
        var options = question.ToQuestion().PossibleAnswers()
            .Select((option, index) => new OptionView($"{Field(number)}-{index + 1}", option.Code, option.Label, pictures ? Pictures.For(icons[option.Code]) : null, chosen.Contains(option.Code)))
            .ToList();
        var control = question.Kind switch
        {
            QuestionKind.FreeText => "text",
            QuestionKind.MultipleChoice => "checkboxes",
            _ => "radios",
        };
        var value = question.Kind == QuestionKind.FreeText ? posted?[Field(number)].ToString() : null;
        return new QuestionView(number, control, pictures, question.Text, question.Required, Hint(questionnaire, words, question), error, value, options);
    }

    private static string? Hint(RespondentQuestionnaire questionnaire, PageWords words, QuestionDocument question)
    {
        var hints = new List<string>();
        if (question.ShowIf is { } showIf)
        {
            var earlier = questionnaire.Questions[showIf.Question - 1].ToQuestion().PossibleAnswers();
            var labels = earlier.Where(option => showIf.Answers.Contains(option.Code)).Select(option => $"‘{option.Label}’");
            hints.Add(PageWords.Fill(words.OnlyIf, string.Join(words.Or, labels), showIf.Question));
        }

        if (question.Kind == QuestionKind.MultipleChoice)
        {
            hints.Add(words.ChooseAllThatApply);
        }

        if (question.Kind == QuestionKind.FreeText)
        {
            hints.Add(PageWords.Fill(words.UpTo, question.MaxLength ?? 0));
        }

        return hints.Count > 0 ? string.Join(' ', hints) : null;
    }
}
