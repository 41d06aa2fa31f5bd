using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Domain.Triggers;

/// <summary>
/// "For a respondent like this, use that variant" (docs/domain/surveys.md#triggers): a trigger rule's choice of
/// wording from what the case event says of the respondent — under-11 words for a child under 11, Welsh for a family
/// that prefers Welsh. A condition left out holds for everyone.
/// </summary>
/// <param name="Variant">The survey's variant the link opens in.</param>
/// <param name="FromAge">The youngest respondent, in whole years, it suits.</param>
/// <param name="ToAge">The oldest respondent, in whole years, it suits.</param>
/// <param name="Language">The language (ISO 639-1) the respondent must prefer.</param>
public sealed record WordingChoice(
    [property: MaxLength(TextLengths.Code)] string Variant,
    [property: Range(0, WordingChoice.MaxAge)] int? FromAge,
    [property: Range(0, WordingChoice.MaxAge)] int? ToAge,
    [property: MinLength(2), MaxLength(2), RegularExpression(QuestionnaireVariant.LanguagePattern)] string? Language)
{
    /// <summary>The oldest age a case event gives: care leavers are supported to 25.</summary>
    public const int MaxAge = 25;

    /// <summary>Whether a respondent of <paramref name="age"/> preferring <paramref name="language"/> is one it is for; an unknown age meets no age condition.</summary>
    public bool Suits(int? age, string? language) =>
        (FromAge is null || age >= FromAge) && (ToAge is null || age <= ToAge) && (Language is null || Language == language);
}
