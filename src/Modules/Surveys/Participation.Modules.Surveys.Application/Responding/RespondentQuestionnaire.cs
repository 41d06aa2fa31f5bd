using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Surveys;

namespace Participation.Modules.Surveys.Application.Responding;

/// <summary>What a respondent's form renders: the version to answer, its title and its questions.</summary>
/// <param name="Version">The version being answered; send it back with the answers.</param>
/// <param name="Variant">The variant whose words these are (e.g. under-11), or null for the standard wording.</param>
/// <param name="Language">The language of the words, an ISO 639-1 code (cy for Welsh), or null for English.</param>
/// <param name="Title">The survey's title.</param>
/// <param name="Anonymous">Whether the answers are anonymous, so the form can say so.</param>
/// <param name="Audiences">Who it is for, so a form for children can use its picture variant and plain words.</param>
/// <param name="Questions">The questions, numbered from 1 by their place.</param>
public sealed record RespondentQuestionnaire(
    int Version,
    [property: MaxLength(TextLengths.Code)] string? Variant,
    [property: MaxLength(2)] string? Language,
    [property: MaxLength(TextLengths.Name)] string Title,
    bool Anonymous,
    [property: MaxLength(QuestionnaireDocument.MaxAudiences)] IReadOnlyList<Audience> Audiences,
    [property: MaxLength(QuestionnaireDocument.MaxQuestions)] IReadOnlyList<QuestionDocument> Questions);

/// <summary>Answers received.</summary>
/// <param name="Version">The version answered.</param>
/// <param name="ReceivedOn">The day they were received.</param>
public sealed record SubmissionReceipt(int Version, DateOnly ReceivedOn);
