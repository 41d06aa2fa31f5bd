using FluentValidation;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys;

/// <summary>A language is named by its ISO 639-1 code (docs/domain/surveys.md#languages), or left out for English.</summary>
internal static class LanguageCodeRule
{
    public const string Message = "must be an ISO 639-1 code, two lower-case letters (cy for Welsh), or be left out for English.";

    public static IRuleBuilderOptions<T, string?> IsLanguageCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(language => language is null || QuestionnaireVariant.IsLanguageCode(language)).WithMessage($"language {Message}");
}
