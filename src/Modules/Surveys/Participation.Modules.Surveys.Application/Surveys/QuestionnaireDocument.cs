using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Domain.Surveys;

namespace Participation.Modules.Surveys.Application.Surveys;

/// <summary>A questionnaire as the API carries it: a draft sent to be saved, or a draft or published version read back.</summary>
/// <param name="Title">What respondents see at the top.</param>
/// <param name="Purpose">annual | event-triggered | closed-case | other.</param>
/// <param name="Audiences">Who is asked (see /api/v1/reference-data/audiences); at least one.</param>
/// <param name="ServiceAreas">Codes of the service areas it is about (see /api/v1/reference-data/service-areas).</param>
/// <param name="Anonymous">An anonymous survey keeps no link, case reference, address or time of day with an answer; fixed once published.</param>
/// <param name="OpensOn">The first day it may be answered.</param>
/// <param name="ClosesOn">The last day it may be answered, if it closes.</param>
/// <param name="Questions">The questions in order, numbered from 1.</param>
/// <param name="Variants">The same questions in other words for some respondents (e.g. under-11), answered and counted with these.</param>
/// <param name="QuoteConsentQuestion">The number of a yes-partly-no question asking whether the respondent's words may be quoted without their name: "yes" lets the first free-text answer, redacted, reach reports.</param>
public sealed record QuestionnaireDocument(
    [property: MaxLength(TextLengths.Name)] string Title,
    SurveyPurpose Purpose,
    [property: MaxLength(QuestionnaireDocument.MaxAudiences)] IReadOnlyList<Audience>? Audiences,
    [property: MaxLength(ListLengths.ServiceAreas), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? ServiceAreas,
    bool Anonymous,
    DateOnly OpensOn,
    DateOnly? ClosesOn,
    [property: MaxLength(QuestionnaireDocument.MaxQuestions)] IReadOnlyList<QuestionDocument> Questions,
    [property: MaxLength(QuestionnaireDocument.MaxVariants)] IReadOnlyList<VariantDocument>? Variants = null,
    int? QuoteConsentQuestion = null) : IHasExample<QuestionnaireDocument>
{
    public const int MaxAudiences = 8;
    public const int MaxQuestions = 100;

    /// <summary>
    /// The largest body a whole answer sheet can need: every question free text at its longest, each character sent
    /// as nine bytes (a page's form percent-encodes a three-byte UTF-8 character; JSON escapes one as six), and room
    /// for the rest. About 3.7 MB, where a write's default limit is 256 KiB.
    /// </summary>
    public const long MaxAnswersBodyBytes = (MaxQuestions * QuestionDocument.MaxFreeTextLength * 9L) + (64 * 1024);
    public const int MaxVariants = 5;

    public static QuestionnaireDocument Example => new(
        "Your views before your review",
        SurveyPurpose.EventTriggered,
        [Audience.ChildOrYoungPerson],
        ["children-in-care"],
        Anonymous: false,
        new DateOnly(2027, 1, 1),
        null,
        [
            new(QuestionKind.RatingScale, "How much do you feel listened to?", true,
                [new(1, "Not at all", "face-sad"), new(2, "A bit", "face-neutral"), new(3, "A lot", "face-happy")], null, null, null),
            new(QuestionKind.YesPartlyNo, "Do you know who your independent reviewing officer is?", true, null, null, null, null),
            new(QuestionKind.FreeText, "What would make things better?", false, null, null, 500, new ShowIfDocument(1, ["1", "2"])),
        ],
        [
            new("under-11", "Your meeting", [
                new("Do people listen to you?", ["No", "A little", "Yes, a lot"]),
                new("Do you know who runs your meeting?", null),
                new("What would make it better?", null),
            ]),
        ]);

    /// <summary>The domain's questionnaire: lists left out are empty.</summary>
    public Questionnaire ToQuestionnaire() => new(
        Title.Trim(),
        Purpose,
        [.. Audiences ?? []],
        [.. ServiceAreas ?? []],
        Anonymous,
        OpensOn,
        ClosesOn,
        [.. Questions.Select(question => question.ToQuestion())],
        [.. (Variants ?? []).Select(variant => variant.ToVariant())],
        QuoteConsentQuestion);

    public static QuestionnaireDocument From(Questionnaire questionnaire)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        return new(
            questionnaire.Title, questionnaire.Purpose, questionnaire.Audiences, questionnaire.ServiceAreas, questionnaire.Anonymous, questionnaire.OpensOn,
            questionnaire.ClosesOn, [.. questionnaire.Questions.Select(QuestionDocument.From)], [.. questionnaire.Variants.Select(VariantDocument.From)],
            questionnaire.QuoteConsentQuestion);
    }
}

/// <summary>One question.</summary>
/// <param name="Kind">rating-scale | yes-partly-no | single-choice | multiple-choice | free-text.</param>
/// <param name="Text">The question as respondents read it.</param>
/// <param name="Required">Whether it must be answered (when shown).</param>
/// <param name="Scale">A rating scale's points, 2 to 11, in ascending value; nothing for other kinds.</param>
/// <param name="Options">A choice's options, 2 to 30; nothing for other kinds.</param>
/// <param name="MaxLength">Free text's length limit, 1 to 4000 characters; nothing for other kinds.</param>
/// <param name="ShowIf">Shown only when an earlier question was answered one of some ways.</param>
public sealed record QuestionDocument(
    QuestionKind Kind,
    [property: MaxLength(QuestionDocument.TextMaxLength)] string Text,
    bool Required,
    [property: MaxLength(QuestionDocument.MaxScalePoints)] IReadOnlyList<ScalePointDocument>? Scale,
    [property: MaxLength(QuestionDocument.MaxOptions)] IReadOnlyList<ChoiceOptionDocument>? Options,
    int? MaxLength,
    ShowIfDocument? ShowIf)
{
    public const int TextMaxLength = 500;
    public const int MinScalePoints = 2;
    public const int MaxScalePoints = 11;
    public const int MinOptions = 2;
    public const int MaxOptions = 30;
    public const int MaxFreeTextLength = TextLengths.LongStatement;

    public Question ToQuestion() => new(
        Kind,
        Text.Trim(),
        Required,
        [.. (Scale ?? []).Select(point => new ScalePoint(point.Value, point.Label, point.IconKey))],
        [.. (Options ?? []).Select(option => new ChoiceOption(option.Code, option.Label))],
        MaxLength,
        ShowIf is null ? null : new ShowIf(ShowIf.Question, [.. ShowIf.Answers]));

    public static QuestionDocument From(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return new(
            question.Kind,
            question.Text,
            question.Required,
            [.. question.Scale.Select(point => new ScalePointDocument(point.Value, point.Label, point.IconKey))],
            [.. question.Options.Select(option => new ChoiceOptionDocument(option.Code, option.Label))],
            question.MaxLength,
            question.ShowIf is { } showIf ? new ShowIfDocument(showIf.Question, showIf.Answers) : null);
    }
}

/// <summary>A point on a rating scale.</summary>
/// <param name="Value">Its value; values ascend along the scale.</param>
/// <param name="Label">Its words, e.g. "A lot".</param>
/// <param name="IconKey">The icon the picture variant shows for it, e.g. <c>face-happy</c>.</param>
public sealed record ScalePointDocument(int Value, [property: MaxLength(TextLengths.Category)] string Label, [property: MaxLength(TextLengths.Code)] string IconKey);

/// <summary>An option of a choice question.</summary>
/// <param name="Code">A stable code answers carry, lower case with hyphens, unique in the question.</param>
/// <param name="Label">Its words.</param>
public sealed record ChoiceOptionDocument([property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(TextLengths.Name)] string Label);

/// <summary>Show the question only when question <paramref name="Question"/> (an earlier one) was answered with one of <paramref name="Answers"/>.</summary>
/// <param name="Question">The earlier question's number, from 1.</param>
/// <param name="Answers">Its answers that show this one: a scale value (as text), yes / partly / no, or option codes.</param>
public sealed record ShowIfDocument(int Question, [property: MaxLength(QuestionDocument.MaxOptions), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Answers);

/// <summary>A variant: the same questions in other words.</summary>
/// <param name="Key">Its code, lower case with hyphens, unique in the questionnaire: links and answers name it (e.g. under-11).</param>
/// <param name="Title">Its title.</param>
/// <param name="Questions">One wording per question, in the same order and number.</param>
/// <param name="Language">The language its words are in, an ISO 639-1 code (cy for Welsh); left out, English. The respondent page speaks it: in Welsh throughout, in another language around the survey's own words.</param>
public sealed record VariantDocument(
    [property: MaxLength(TextLengths.Code)] string Key,
    [property: MaxLength(TextLengths.Name)] string Title,
    [property: MaxLength(QuestionnaireDocument.MaxQuestions)] IReadOnlyList<VariantQuestionDocument> Questions,
    [property: MinLength(2), MaxLength(2), RegularExpression(QuestionnaireVariant.LanguagePattern)] string? Language = null)
{
    public QuestionnaireVariant ToVariant() => new(
        Key.Trim(), Title.Trim(), [.. Questions.Select(question => new VariantWording(question.Text.Trim(), [.. (question.Labels ?? []).Select(label => label.Trim())]))], Language);

    public static VariantDocument From(QuestionnaireVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        return new(variant.Key, variant.Title, [.. variant.Questions.Select(wording => new VariantQuestionDocument(wording.Text, wording.Labels))], variant.Language);
    }
}

/// <summary>One question in a variant's words.</summary>
/// <param name="Text">The question.</param>
/// <param name="Labels">The words of a rating scale's points or a choice's options, one each in order; left out, the standard words stay.</param>
public sealed record VariantQuestionDocument(
    [property: MaxLength(QuestionDocument.TextMaxLength)] string Text,
    [property: MaxLength(QuestionDocument.MaxOptions), ItemMaxLength(TextLengths.Name)] IReadOnlyList<string>? Labels);
