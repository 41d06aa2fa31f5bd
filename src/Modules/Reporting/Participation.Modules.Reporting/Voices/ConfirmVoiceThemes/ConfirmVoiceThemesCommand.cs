using Mediator;

namespace Participation.Modules.Reporting.Voices.ConfirmVoiceThemes;

/// <summary>A participation officer confirms a voice's themes, or replaces them, from the taxonomy.</summary>
internal sealed record ConfirmVoiceThemesCommand(Guid Id, IReadOnlyList<string> Themes, uint ExpectedVersion) : ICommand;
