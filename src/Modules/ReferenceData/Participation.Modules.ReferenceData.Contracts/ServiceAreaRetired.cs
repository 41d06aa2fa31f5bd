using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>A service area was taken out of use: new feedback can no longer name it; old feedback keeps it.</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was retired.</param>
/// <param name="ServiceAreaId">The service area.</param>
/// <param name="Code">Its code.</param>
public sealed record ServiceAreaRetired(Guid Id, DateTimeOffset OccurredOn, Guid ServiceAreaId, string Code) : IIntegrationEvent;
