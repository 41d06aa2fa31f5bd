using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>Which of the given service area codes name active service areas; for modules that validate what clients send.</summary>
/// <param name="Codes">The codes to check.</param>
public sealed record FindActiveServiceAreasQuery(IReadOnlyCollection<string> Codes) : IQuery<IReadOnlySet<string>>;
