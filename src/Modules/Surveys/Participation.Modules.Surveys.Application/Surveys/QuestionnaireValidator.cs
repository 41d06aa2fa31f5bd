using FluentValidation;
using Participation.BuildingBlocks.Application.Validation;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys;

/// <summary>
/// A questionnaire's shape (docs/domain/surveys.md#questions): each kind of question carries what it needs and
/// nothing else, and a show-if condition points back at an earlier question with answers that question can have.
/// </summary>
internal sealed class QuestionnaireValidator : AbstractValidator<QuestionnaireDocument>
{
    private const string CodePattern = "^[a-z0-9]+(-[a-z0-9]+)*$";

    public QuestionnaireValidator()
    {
        RuleFor(document => document.Title).NotEmpty().WithMessage("title is required.").MaximumLength(TextLengths.Name);
        RuleFor(document => document.Audiences).NotEmpty().WithMessage("audiences must name at least one audience.")
            .Must(audiences => audiences!.Distinct().Count() == audiences!.Count).WithMessage("audiences must not repeat an audience.");
        // Every answer is reported as a voice about a service area (docs/domain/surveys.md#reporting).
        RuleFor(document => document.ServiceAreas).NotEmpty().WithMessage("serviceAreas must name at least one service area.").HoldsAtMost(ListLengths.ServiceAreas);
        RuleForEach(document => document.ServiceAreas).Must(IsCode).WithMessage("{PropertyName} must be a service area's code (lower case with hyphens).");
        RuleFor(document => document.Questions).NotEmpty().WithMessage("questions must hold at least one question.").HoldsAtMost(QuestionnaireDocument.MaxQuestions);
        RuleForEach(document => document.Questions).NotNull().WithMessage("Each question must be an object, not null.");
        RuleFor(document => document.Questions).Custom((questions, context) =>
        {
            for (var index = 0; index < (questions?.Count ?? 0); index++)
            {
                if (questions![index] is { } question)
                {
                    CheckQuestion(questions, index, question, context);
                }
            }
        });
        RuleFor(document => document.QuoteConsentQuestion)
            .Must((document, number) => number is not { } question
                || (question >= 1 && question <= (document.Questions?.Count ?? 0) && document.Questions![question - 1]?.Kind == QuestionKind.YesPartlyNo))
            .WithMessage("quoteConsentQuestion must be the number of a yes-partly-no question asking whether the answers may be quoted.");
        RuleFor(document => document.Variants).Custom((variants, context) => CheckVariants(context.InstanceToValidate.Questions ?? [], variants ?? [], context));
    }

    /// <summary>Each variant words every question once, and gives labels only where the question has them, one each.</summary>
    private static void CheckVariants(IReadOnlyList<QuestionDocument> questions, IReadOnlyList<VariantDocument> variants, ValidationContext<QuestionnaireDocument> context)
    {
        if (variants.Count > QuestionnaireDocument.MaxVariants)
        {
            context.AddFailure("variants", $"variants may hold at most {QuestionnaireDocument.MaxVariants}.");
            return;
        }

        for (var index = 0; index < variants.Count; index++)
        {
            var at = $"variants[{index}]";
            if (variants[index] is not { } variant)
            {
                context.AddFailure(at, $"{at} must be an object, not null.");
                continue;
            }

            if (!IsCode(variant.Key) || variant.Key == Results.SurveyResults.StandardWording || variants.Take(index).Any(earlier => earlier?.Key == variant.Key))
            {
                context.AddFailure($"{at}.key", $"{at}.key must be a code (lower case with hyphens) no other variant has, and not '{Results.SurveyResults.StandardWording}'.");
            }

            if (string.IsNullOrWhiteSpace(variant.Title) || variant.Title.Length > TextLengths.Name)
            {
                context.AddFailure($"{at}.title", $"{at}.title is required, at most {TextLengths.Name} characters.");
            }

            if (variant.Language is { } language && !QuestionnaireVariant.IsLanguageCode(language))
            {
                context.AddFailure($"{at}.language", $"{at}.language {LanguageCodeRule.Message}");
            }

            var wordings = variant.Questions ?? [];
            if (wordings.Count != questions.Count)
            {
                context.AddFailure($"{at}.questions", $"{at}.questions must word each of the {questions.Count} questions, in order.");
                continue;
            }

            for (var number = 0; number < wordings.Count; number++)
            {
                var labels = wordings[number]?.Labels ?? [];
                var points = questions[number] is { } question ? Points(question) : 0;
                if (string.IsNullOrWhiteSpace(wordings[number]?.Text) || wordings[number]!.Text.Length > QuestionDocument.TextMaxLength)
                {
                    context.AddFailure($"{at}.questions[{number}].text", $"{at}.questions[{number}].text is required, at most {QuestionDocument.TextMaxLength} characters.");
                }
                else if (labels.Count > 0 && labels.Count != points)
                {
                    context.AddFailure($"{at}.questions[{number}].labels", $"{at}.questions[{number}].labels must give words to each of the question's {points} answers, or be left out.");
                }
                else if (labels.Count > 0)
                {
                    foreach (var label in Enumerable.Range(0, labels.Count).Where(label => string.IsNullOrWhiteSpace(labels[label]) || labels[label].Length > TextLengths.Name))
                    {
                        context.AddFailure($"{at}.questions[{number}].labels[{label}]", $"{at}.questions[{number}].labels[{label}] is required, at most {TextLengths.Name} characters.");
                    }
                }
                else if (points > 0 && variant.Language is { } other && other != QuestionnaireVariant.English)
                {
                    // Otherwise the answers would stay in English on a page in another language.
                    context.AddFailure($"{at}.questions[{number}].labels", $"{at}.questions[{number}].labels must give words to each of the question's {points} answers: a variant in another language words its answers too.");
                }
            }
        }
    }

    /// <summary>How many answers a question offers for a variant to word: its scale points, its options, or yes / partly / no.</summary>
    private static int Points(QuestionDocument question) =>
        question.Kind == QuestionKind.YesPartlyNo ? Question.YesPartlyNoAnswers.Count : (question.Scale?.Count ?? 0) + (question.Options?.Count ?? 0);

    private static void CheckQuestion(IReadOnlyList<QuestionDocument> questions, int index, QuestionDocument question, ValidationContext<QuestionnaireDocument> context)
    {
        var at = $"questions[{index}]";
        void Fail(string field, string message) => context.AddFailure($"{at}.{field}", $"{at}.{field} {message}");

        if (string.IsNullOrWhiteSpace(question.Text) || question.Text.Length > QuestionDocument.TextMaxLength)
        {
            Fail("text", $"is required, at most {QuestionDocument.TextMaxLength} characters.");
        }

        var scale = question.Scale ?? [];
        var options = question.Options ?? [];
        if (HasNullChoices(question))
        {
            Fail(scale.Any(point => point is null) ? "scale" : "options", "must hold objects, not null.");
            return;
        }

        if (question.Kind == QuestionKind.RatingScale)
        {
            if (scale.Count is < QuestionDocument.MinScalePoints or > QuestionDocument.MaxScalePoints)
            {
                Fail("scale", $"must have {QuestionDocument.MinScalePoints} to {QuestionDocument.MaxScalePoints} points.");
            }
            else if (scale.Zip(scale.Skip(1)).Any(pair => pair.Second.Value <= pair.First.Value))
            {
                Fail("scale", "must go up in value, point by point.");
            }

            for (var point = 0; point < scale.Count; point++)
            {
                if (string.IsNullOrWhiteSpace(scale[point].Label) || scale[point].Label.Length > TextLengths.Category)
                {
                    Fail($"scale[{point}].label", $"is required, at most {TextLengths.Category} characters.");
                }

                if (!IsCode(scale[point].IconKey))
                {
                    Fail($"scale[{point}].iconKey", $"must be an icon key: lower case with hyphens, at most {TextLengths.Code} characters.");
                }
            }
        }
        else if (scale.Count > 0)
        {
            Fail("scale", "is only for rating-scale questions.");
        }

        if (question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
        {
            if (options.Count is < QuestionDocument.MinOptions or > QuestionDocument.MaxOptions)
            {
                Fail("options", $"must have {QuestionDocument.MinOptions} to {QuestionDocument.MaxOptions} options.");
            }

            for (var option = 0; option < options.Count; option++)
            {
                if (!IsCode(options[option].Code))
                {
                    Fail($"options[{option}].code", $"must be a code: lower case with hyphens, at most {TextLengths.Code} characters.");
                }

                if (string.IsNullOrWhiteSpace(options[option].Label) || options[option].Label.Length > TextLengths.Name)
                {
                    Fail($"options[{option}].label", $"is required, at most {TextLengths.Name} characters.");
                }
            }

            // A repeat is told apart only among codes that are codes: two missing ones are already refused above.
            var codes = options.Select(option => option.Code).Where(IsCode).ToList();
            if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
            {
                Fail("options", "must not repeat a code.");
            }
        }
        else if (options.Count > 0)
        {
            Fail("options", "are only for choice questions.");
        }

        if (question.Kind == QuestionKind.FreeText)
        {
            if (question.MaxLength is not (>= 1 and <= QuestionDocument.MaxFreeTextLength))
            {
                Fail("maxLength", $"must be 1 to {QuestionDocument.MaxFreeTextLength} for free text.");
            }
        }
        else if (question.MaxLength is not null)
        {
            Fail("maxLength", "is only for free-text questions.");
        }

        if (question.ShowIf is { } showIf)
        {
            CheckShowIf(questions, index, showIf, Fail);
        }
    }

    /// <summary>Whether a scale point or option is null: such a question is refused, and its answers cannot be known.</summary>
    private static bool HasNullChoices(QuestionDocument question) =>
        (question.Scale ?? []).Any(point => point is null) || (question.Options ?? []).Any(option => option is null);

    private static void CheckShowIf(IReadOnlyList<QuestionDocument> questions, int index, ShowIfDocument showIf, Action<string, string> fail)
    {
        if (showIf.Question < 1 || showIf.Question > index || questions[showIf.Question - 1] is not { } earlier)
        {
            fail("showIf.question", "must be the number of an earlier question.");
            return;
        }

        if (HasNullChoices(earlier))
        {
            return; // The earlier question is refused for that already; its answers cannot be known.
        }

        var possible = earlier.ToQuestion().PossibleAnswers().Select(answer => answer.Code).ToList();
        if (possible.Count == 0)
        {
            fail("showIf.question", "cannot be a free-text question: it has no answers to match.");
        }
        else if ((showIf.Answers ?? []).Count == 0 || showIf.Answers!.Any(answer => !possible.Contains(answer, StringComparer.Ordinal)))
        {
            fail("showIf.answers", $"must be answers question {showIf.Question} can have: {string.Join(", ", possible)}.");
        }
    }

    /// <summary>A code, as stored beside answers and links (at most <see cref="TextLengths.Code"/> characters).</summary>
    private static bool IsCode(string? code) => code is { Length: > 0 and <= TextLengths.Code } && System.Text.RegularExpressions.Regex.IsMatch(code, CodePattern);
}
