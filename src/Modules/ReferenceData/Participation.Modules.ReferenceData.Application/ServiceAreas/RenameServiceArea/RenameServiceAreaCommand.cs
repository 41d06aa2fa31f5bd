using Mediator;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RenameServiceArea;

/// <summary>Renames a service area the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record RenameServiceAreaCommand(Guid Id, string Name, uint ExpectedVersion) : ICommand;
