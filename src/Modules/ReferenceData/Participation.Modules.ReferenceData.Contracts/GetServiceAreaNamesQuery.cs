using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>The names of service areas, by code, for modules that write to people (a letter names the service, not its code); retired ones included, since a closure may name one.</summary>
public sealed record GetServiceAreaNamesQuery : IQuery<IReadOnlyDictionary<string, string>>;
