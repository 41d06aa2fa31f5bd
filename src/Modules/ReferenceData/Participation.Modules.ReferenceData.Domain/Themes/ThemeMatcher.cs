using System.Text;
using Participation.BuildingBlocks.Domain;

namespace Participation.Modules.ReferenceData.Domain.Themes;

/// <summary>
/// Suggests themes for a text, deterministically and without any outside service (docs/domain/vocabularies-and-themes.md#suggesting-themes):
/// a theme is suggested when one of its match terms appears in the text as whole words, ignoring case and punctuation.
/// A suggestion is only that: staff confirm or change it.
/// </summary>
public sealed class ThemeMatcher(IEnumerable<(string Code, IReadOnlyList<string> Terms)> themes)
{
    private readonly (string Code, string[] Terms)[] themes =
        [.. themes.Where(theme => theme.Terms.Count > 0).Select(theme => (theme.Code, theme.Terms.Select(term => $" {Normalise(term)} ").ToArray())).OrderBy(theme => theme.Code, StringComparer.Ordinal)];

    /// <summary>
    /// The codes of the themes the text suggests, in code order: at most as many as a record carries
    /// (<see cref="ListLengths.Themes"/>), those matched by the most terms first.
    /// </summary>
    public IReadOnlyList<string> Suggest(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || themes.Length == 0)
        {
            return [];
        }

        var padded = $" {Normalise(text)} ";
        return
        [
            .. themes.Select(theme => (theme.Code, Matches: theme.Terms.Count(term => padded.Contains(term, StringComparison.Ordinal))))
                .Where(theme => theme.Matches > 0)
                .OrderByDescending(theme => theme.Matches)
                .Take(ListLengths.Themes)
                .Select(theme => theme.Code)
                .Order(StringComparer.Ordinal),
        ];
    }

    /// <summary>Lower case, every run of characters other than letters and digits one space, trimmed.</summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            if (char.IsLetterOrDigit(character))
            {
                normalised.Append(char.ToLowerInvariant(character));
            }
            else if (normalised.Length > 0 && normalised[^1] != ' ')
            {
                normalised.Append(' ');
            }
        }

        return normalised.ToString().TrimEnd();
    }
}
