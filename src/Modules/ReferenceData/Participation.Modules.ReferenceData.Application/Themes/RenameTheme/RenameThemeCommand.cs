using Mediator;

namespace Participation.Modules.ReferenceData.Application.Themes.RenameTheme;

/// <summary>Renames a theme the client read at <paramref name="ExpectedVersion"/>.</summary>
public sealed record RenameThemeCommand(Guid Id, string Name, uint ExpectedVersion) : ICommand;
