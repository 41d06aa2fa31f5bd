using Mediator;

namespace Participation.Modules.ReferenceData.Application.Themes.RetireTheme;

/// <summary>Takes a theme out of use; <paramref name="ExpectedVersion"/> is checked when the client sent one.</summary>
public sealed record RetireThemeCommand(Guid Id, uint? ExpectedVersion) : ICommand;
