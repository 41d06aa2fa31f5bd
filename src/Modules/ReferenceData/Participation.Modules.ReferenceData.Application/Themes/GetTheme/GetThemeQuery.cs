using Mediator;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.Modules.ReferenceData.Application.Themes.GetTheme;

/// <summary>One theme with its version.</summary>
public sealed record GetThemeQuery(Guid Id) : IQuery<Versioned<ThemeResponse>>;
