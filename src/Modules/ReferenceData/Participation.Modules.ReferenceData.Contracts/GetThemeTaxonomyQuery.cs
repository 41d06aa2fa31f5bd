using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>
/// Every theme, retired ones included (old feedback keeps its tags), with the top-level theme each belongs to: for
/// modules that roll sub-themes up or print theme names.
/// </summary>
public sealed record GetThemeTaxonomyQuery : IQuery<IReadOnlyList<TaxonomyTheme>>;

/// <summary>A theme of the taxonomy.</summary>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
/// <param name="TopLevelCode">The top-level theme it rolls up to: its parent's code, or its own for a top-level theme.</param>
public sealed record TaxonomyTheme(string Code, string Name, string TopLevelCode);
