using Mediator;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.CreateServiceArea;

/// <summary>Adds a service area to the maintained list.</summary>
public sealed record CreateServiceAreaCommand(string Code, string Name) : ICommand<Guid>;
