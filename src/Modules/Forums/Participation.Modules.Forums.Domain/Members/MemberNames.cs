using System.Text;
using System.Text.RegularExpressions;
using Participation.BuildingBlocks.Domain.Text;

namespace Participation.Modules.Forums.Domain.Members;

/// <summary>
/// Members' display names found in text, as whole words in any case: what the public board refuses and what is taken
/// out of words before they leave the module (docs/domain/forums.md#the-public-board). A name is found however it is
/// typed: a word processor's curly apostrophe or a dash for a hyphen, any run of spaces (a non-breaking one too) between
/// its words, and its accents composed or not.
/// </summary>
public static class MemberNames
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>Whether the text names any of the members.</summary>
    public static bool AreIn(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        var composed = text.Normalize(NormalizationForm.FormC);
        return names.Any(name => Pattern(name).IsMatch(composed));
    }

    /// <summary>The text (its accents composed) with every member's name replaced by the redaction marker for a name.</summary>
    public static string TakenOut(string text, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(text);
        return names.Aggregate(text.Normalize(NormalizationForm.FormC), (redacted, name) => Pattern(name).Replace(redacted, Redaction.Name));
    }

    private static Regex Pattern(string name)
    {
        var pattern = new StringBuilder(@"(?<!\p{L})");
        foreach (var word in name.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select((word, index) => (word, index)))
        {
            pattern.Append(word.index > 0 ? @"\s+" : string.Empty);
            foreach (var character in word.word)
            {
                pattern.Append(character switch
                {
                    '\'' or '\u2019' or '\u2018' or '\u02BC' => "['\u2019\u2018\u02BC]",
                    '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' => "[-\u2010\u2011\u2013\u2014]",
                    _ => Regex.Escape(character.ToString()),
                });
            }
        }

        return new Regex(pattern.Append(@"(?!\p{L})").ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
    }
}
