using Mediator;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;

namespace Participation.Modules.Surveys.Application.ClosedCases.Feedback.RecordFeedback;

/// <summary>
/// Feedback the family gave of its own accord, by ringing or writing in as its letter invites: entered by an officer
/// against the questionnaire the letter linked to; it ends the follow-up, so the family is not called.
/// </summary>
public sealed record RecordFeedbackCommand(Guid Id, Channel Channel, int Version, IReadOnlyList<AnswerDocument> Answers) : ICommand<CaseClosureResponse>;
