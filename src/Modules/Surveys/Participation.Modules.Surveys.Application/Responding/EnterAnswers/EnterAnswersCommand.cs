using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

namespace Participation.Modules.Surveys.Application.Responding.EnterAnswers;

/// <summary>Answers a member of staff took by phone, on paper or face to face, entered against a published version; returns the response's id.</summary>
public sealed record EnterAnswersCommand(Guid SurveyId, int Version, Channel Channel, string? CaseReference, RespondentGroups? Respondent, string? Variant, IReadOnlyList<AnswerDocument> Answers) : ICommand<Guid>;
