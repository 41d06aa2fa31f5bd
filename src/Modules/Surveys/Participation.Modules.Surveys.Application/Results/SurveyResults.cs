using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Surveys.Application.Surveys;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Results;

/// <summary>
/// One published version's answers, counted (docs/domain/surveys.md#results): every count of 1 to 4 withheld, and in
/// each breakdown a lone withheld cell takes the next smallest with it, so none can be worked out from a total.
/// </summary>
/// <param name="SurveyId">The survey.</param>
/// <param name="Version">The version counted.</param>
/// <param name="Respondents">How many answered it.</param>
/// <param name="ByChannel">Responses by how they arrived (channel codes), a breakdown of <paramref name="Respondents"/>.</param>
/// <param name="ByVariant">Responses by the wording answered (variant keys, <c>standard</c> for the standard wording), a breakdown of <paramref name="Respondents"/>: every question below counts them together.</param>
/// <param name="Questions">Each question's answers, in question order.</param>
public sealed record SurveyResults(
    Guid SurveyId,
    int Version,
    CountFigure Respondents,
    [property: MaxLength(SurveyResults.MaxChannels)] IReadOnlyDictionary<string, CountFigure> ByChannel,
    [property: MaxLength(QuestionnaireDocument.MaxVariants + 1)] IReadOnlyDictionary<string, CountFigure> ByVariant,
    [property: MaxLength(QuestionnaireDocument.MaxQuestions)] IReadOnlyList<QuestionResult> Questions)
{
    public const int MaxChannels = 20;

    /// <summary>The key answers in the standard wording are counted under.</summary>
    public const string StandardWording = "standard";
}

/// <summary>One question's answers.</summary>
/// <param name="Number">The question's number, from 1.</param>
/// <param name="Kind">The kind of question.</param>
/// <param name="Text">The question as asked.</param>
/// <param name="Answered">How many answered it (a question hidden by its condition, or optional, may be answered by fewer than responded).</param>
/// <param name="Answers">For every kind but free text: each possible answer's count and share of those who answered, in the question's order.</param>
/// <param name="SuggestedThemes">For free text: how many answers the taxonomy suggests each theme for (overlapping, each withheld on its own).</param>
/// <param name="Texts">For free text on an identified survey, to ParticipationOfficers and Managers only: the words written, with nothing to say whose.</param>
public sealed record QuestionResult(
    int Number,
    QuestionKind Kind,
    [property: MaxLength(QuestionDocument.TextMaxLength)] string Text,
    CountFigure Answered,
    [property: MaxLength(QuestionDocument.MaxScalePoints + QuestionDocument.MaxOptions)] IReadOnlyList<AnswerResult> Answers,
    [property: MaxLength(ListLengths.Themes * 10)] IReadOnlyDictionary<string, CountFigure> SuggestedThemes,
    [property: MaxLength(QuestionResult.MaxTexts), ItemMaxLength(QuestionDocument.MaxFreeTextLength)] IReadOnlyList<string>? Texts)
{
    /// <summary>The most free-text answers shown in one result.</summary>
    public const int MaxTexts = 100_000;
}

/// <summary>One possible answer's count.</summary>
/// <param name="Answer">The answer: a scale value, yes / partly / no, or an option code.</param>
/// <param name="Label">Its words.</param>
/// <param name="Count">How many gave it.</param>
/// <param name="Share">Its percentage of those who answered the question; withheld with its count.</param>
public sealed record AnswerResult(
    [property: MaxLength(TextLengths.Code)] string Answer,
    [property: MaxLength(TextLengths.Name)] string Label,
    CountFigure Count,
    PercentageFigure Share);
