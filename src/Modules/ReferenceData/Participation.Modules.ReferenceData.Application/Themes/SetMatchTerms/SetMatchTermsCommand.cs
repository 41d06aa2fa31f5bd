using Mediator;

namespace Participation.Modules.ReferenceData.Application.Themes.SetMatchTerms;

/// <summary>Replaces a theme's match terms.</summary>
public sealed record SetMatchTermsCommand(Guid Id, IReadOnlyList<string> Terms, uint ExpectedVersion) : ICommand;
