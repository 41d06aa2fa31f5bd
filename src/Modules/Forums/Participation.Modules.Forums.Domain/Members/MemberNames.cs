using System.Text.RegularExpressions;
using Participation.BuildingBlocks.Domain.Text;

namespace Participation.Modules.Forums.Domain.Members;

/// <summary>
/// Members' display names found in text, as whole words in any case: what the public board refuses and what is taken
/// out of words before they leave the module (docs/domain/forums.md#the-public-board).
/// </summary>
public static class MemberNames
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    /// <summary>Whether the text names any of the members.</summary>
    public static bool AreIn(string text, IEnumerable<string> names) => names.Any(name => Pattern(name).IsMatch(text));

    /// <summary>The text with every member's name replaced by the redaction marker for a name.</summary>
    public static string TakenOut(string text, IEnumerable<string> names) =>
        names.Aggregate(text, (redacted, name) => Pattern(name).Replace(redacted, Redaction.Name));

    private static Regex Pattern(string name) =>
        new($@"(?<!\p{{L}}){Regex.Escape(name)}(?!\p{{L}})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Timeout);
}
