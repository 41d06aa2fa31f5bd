namespace Participation.Modules.Forums.Domain.Items;

/// <summary>An item's themes, and whether an officer chose them or the taxonomy suggested them.</summary>
/// <param name="Codes">Theme codes.</param>
/// <param name="Chosen">True when an officer chose them.</param>
public sealed record ItemThemes(IReadOnlyList<string> Codes, bool Chosen);
