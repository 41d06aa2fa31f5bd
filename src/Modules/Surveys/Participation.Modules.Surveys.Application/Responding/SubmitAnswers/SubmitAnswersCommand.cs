using System.ComponentModel.DataAnnotations;
using Mediator;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Surveys.Application.Surveys;

namespace Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

/// <summary>A respondent's answers through their link.</summary>
public sealed record SubmitAnswersCommand(string Token, int Version, IReadOnlyList<AnswerDocument> Answers, Channel Channel) : ICommand<SubmissionReceipt>;

/// <summary>The answer to one question.</summary>
/// <param name="Question">The question's number, from 1.</param>
/// <param name="Value">The answer to any question but a multiple choice: a scale value (e.g. "3"), yes / partly / no, an option code, or the words written.</param>
/// <param name="Values">A multiple choice's option codes.</param>
public sealed record AnswerDocument(
    int Question,
    [property: MaxLength(QuestionDocument.MaxFreeTextLength)] string? Value,
    [property: MaxLength(QuestionDocument.MaxOptions), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? Values);
