using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.CheckLetter;

/// <summary>An officer's finding on a letter whose status was unknown: it arrived, or it did not and is resent (once).</summary>
public sealed record CheckLetterCommand(Guid Id, bool Arrived) : ICommand<CaseClosureResponse>;
