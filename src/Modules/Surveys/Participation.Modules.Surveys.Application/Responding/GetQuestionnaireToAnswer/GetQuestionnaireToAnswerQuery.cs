using Mediator;

namespace Participation.Modules.Surveys.Application.Responding.GetQuestionnaireToAnswer;

/// <summary>
/// The questionnaire a link opens: 404 for a token never issued, 410 for one used, expired or withdrawn — unless
/// <paramref name="EvenIfSpent"/>, for a form about to submit, where the submission itself decides (the same answers
/// again get their first receipt).
/// </summary>
public sealed record GetQuestionnaireToAnswerQuery(string Token, bool EvenIfSpent = false) : IQuery<RespondentQuestionnaire>;
