using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.GetClosure;

/// <summary>One closure: for a partner (<paramref name="PartnerId"/>) only its own and without contact details; for officers (null) any.</summary>
public sealed record GetClosureQuery(Guid Id, Guid? PartnerId) : IQuery<CaseClosureResponse>;
