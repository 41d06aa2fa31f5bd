using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.OptOut;

/// <summary>The family opted out, as an officer (<paramref name="PartnerId"/> null) or the closure's partner records it; returns the closure.</summary>
public sealed record OptOutCommand(Guid Id, Guid? PartnerId) : ICommand<CaseClosureResponse>;
