using Mediator;

namespace Participation.Modules.ReferenceData.Application.Themes.CreateTheme;

/// <summary>Adds a top-level theme, or a sub-theme when <paramref name="ParentId"/> names a top-level theme.</summary>
public sealed record CreateThemeCommand(string Code, string Name, Guid? ParentId) : ICommand<Guid>;
