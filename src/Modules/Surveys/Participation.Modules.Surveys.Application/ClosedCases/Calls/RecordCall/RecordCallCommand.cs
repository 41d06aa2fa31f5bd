using Mediator;
using Participation.Modules.Surveys.Application.Responding.SubmitAnswers;
using Participation.Modules.Surveys.Domain.ClosedCases;

namespace Participation.Modules.Surveys.Application.ClosedCases.Calls.RecordCall;

/// <summary>
/// A call to a family on the call list: its outcome, whether the family asked not to be contacted again, and for
/// feedback given the answers taken, against a published version of the closed-case questionnaire.
/// </summary>
public sealed record RecordCallCommand(Guid Id, CallOutcome Outcome, bool OptOut, int? Version, IReadOnlyList<AnswerDocument>? Answers) : ICommand<CaseClosureResponse>;
