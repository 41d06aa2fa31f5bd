using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>Which of the given theme codes name active themes; for modules that validate suggested tags.</summary>
/// <param name="Codes">The codes to check.</param>
public sealed record FindActiveThemesQuery(IReadOnlyCollection<string> Codes) : IQuery<IReadOnlySet<string>>;
