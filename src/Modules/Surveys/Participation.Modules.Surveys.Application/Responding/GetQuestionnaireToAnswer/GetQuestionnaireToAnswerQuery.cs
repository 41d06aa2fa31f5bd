using Mediator;

namespace Participation.Modules.Surveys.Application.Responding.GetQuestionnaireToAnswer;

/// <summary>The questionnaire a link opens: 404 for a token never issued, 410 for one used, expired or withdrawn.</summary>
public sealed record GetQuestionnaireToAnswerQuery(string Token) : IQuery<RespondentQuestionnaire>;
