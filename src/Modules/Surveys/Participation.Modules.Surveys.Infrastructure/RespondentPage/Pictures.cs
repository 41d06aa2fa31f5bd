using System.Globalization;

namespace Participation.Modules.Surveys.Infrastructure.RespondentPage;

/// <summary>
/// The pictures a children's rating scale shows for the icon keys a survey names (docs/domain/surveys.md#answering):
/// faces from very sad to very happy, drawn inline so the page needs no other request. They are decorative — each
/// button's words say the same — so screen readers skip them. An unknown key shows words alone.
/// </summary>
internal static class Pictures
{
    /// <summary>How far each face's mouth curves, from a frown to a wide smile.</summary>
    private static readonly Dictionary<string, int> Smiles = new(StringComparer.Ordinal)
    {
        ["face-very-sad"] = 28,
        ["face-sad"] = 36,
        ["face-neutral"] = 44,
        ["face-happy"] = 54,
        ["face-very-happy"] = 62,
    };

    /// <summary>The SVG for <paramref name="iconKey"/>, or null for a key without one.</summary>
    public static string? For(string iconKey) =>
        Smiles.TryGetValue(iconKey, out var curve)
            ? string.Create(
                CultureInfo.InvariantCulture,
                $"""<svg class="picture" viewBox="0 0 64 64" width="64" height="64" aria-hidden="true" focusable="false"><circle cx="32" cy="32" r="29" fill="#ffdd00" stroke="#0b0c0c" stroke-width="3"/><circle cx="22" cy="25" r="4" fill="#0b0c0c"/><circle cx="42" cy="25" r="4" fill="#0b0c0c"/><path d="M18 44 Q32 {curve} 46 44" fill="none" stroke="#0b0c0c" stroke-width="4" stroke-linecap="round"/></svg>""")
            : null;
}
