using Mediator;

namespace Participation.Modules.Forums.Application.Checks.FlagAgeingOut;

/// <summary>Flags, once each, current members whose age band may have reached the age they leave at; safe to run twice. Returns how many were flagged now.</summary>
public sealed record FlagAgeingOutCommand : ICommand<int>;
