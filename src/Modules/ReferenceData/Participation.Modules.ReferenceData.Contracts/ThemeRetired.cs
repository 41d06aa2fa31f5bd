using Participation.BuildingBlocks.Application.Messaging;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>A theme was taken out of use: new feedback can no longer be tagged with it; old tags keep it.</summary>
/// <param name="Id">The message id.</param>
/// <param name="OccurredOn">When it was retired.</param>
/// <param name="ThemeId">The theme.</param>
/// <param name="Code">Its code.</param>
public sealed record ThemeRetired(Guid Id, DateTimeOffset OccurredOn, Guid ThemeId, string Code) : IIntegrationEvent;
