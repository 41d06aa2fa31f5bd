using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Themes;

/// <summary>A theme was taken out of use.</summary>
public sealed record ThemeRetiredDomainEvent(ThemeId ThemeId, string Code, DateTimeOffset OccurredOn) : IDomainEvent;
