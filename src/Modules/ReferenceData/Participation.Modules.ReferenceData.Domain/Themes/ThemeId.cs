using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Themes;

/// <summary>The id of a theme.</summary>
/// <param name="Value">The UUID.</param>
public readonly record struct ThemeId(Guid Value) : IStronglyTypedId;
