using Mediator;

namespace Participation.Modules.ReferenceData.Application.ServiceAreas.RetireServiceArea;

/// <summary>Takes a service area out of use; <paramref name="ExpectedVersion"/> is checked when the client sent one.</summary>
public sealed record RetireServiceAreaCommand(Guid Id, uint? ExpectedVersion) : ICommand;
