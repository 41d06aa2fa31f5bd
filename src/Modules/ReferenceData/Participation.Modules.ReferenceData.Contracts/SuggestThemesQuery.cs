using Mediator;

namespace Participation.Modules.ReferenceData.Contracts;

/// <summary>
/// The themes each text suggests, from the match terms administrators keep on active themes: for modules that receive
/// free text, so the text itself never has to travel. One answer per text, in the same order.
/// </summary>
/// <param name="Texts">The texts; a null or blank one suggests nothing.</param>
public sealed record SuggestThemesQuery(IReadOnlyList<string?> Texts) : IQuery<IReadOnlyList<IReadOnlyList<string>>>;
