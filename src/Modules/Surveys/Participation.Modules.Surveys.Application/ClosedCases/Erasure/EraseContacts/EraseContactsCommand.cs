using Mediator;

namespace Participation.Modules.Surveys.Application.ClosedCases.Erasure.EraseContacts;

/// <summary>Erases the contact details of these closures where they are still no longer needed; returns how many were erased.</summary>
public sealed record EraseContactsCommand(IReadOnlyList<Guid> Ids) : ICommand<int>;
