using System.Text.RegularExpressions;

namespace Participation.BuildingBlocks.Domain.Text;

/// <summary>
/// Takes out of a quote what could identify someone before it leaves the module that received it
/// (docs/domain/data-protection-and-retention.md#redaction): email addresses, telephone numbers, UK postcodes and names.
/// Names cannot be recognised reliably, so every capitalised word is treated as one except a short list of ordinary
/// words that start sentences: a quote may lose a place or a service's name, never keep a person's.
/// </summary>
public static partial class Redaction
{
    /// <summary>Marks an email address taken out.</summary>
    public const string Email = "[email]";

    /// <summary>Marks a telephone number taken out.</summary>
    public const string Phone = "[phone]";

    /// <summary>Marks a postcode taken out.</summary>
    public const string Postcode = "[postcode]";

    /// <summary>Marks a name taken out.</summary>
    public const string Name = "[name]";

    /// <summary>Longest quote kept, after redaction: a sentence or two, not a whole comment.</summary>
    public const int QuoteMaxLength = 280;

    /// <summary>Ordinary words, kept however they are capitalised: "The" starting a sentence, "THE" written in capitals.</summary>
    private static readonly HashSet<string> OrdinaryCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "I", "I'm", "I've", "I'd", "I'll", "A", "An", "The", "My", "Our", "We", "We're", "You", "Your", "He", "She", "They", "It", "It's",
        "This", "That", "There", "These", "Those", "When", "What", "Why", "How", "Where", "Who", "If", "But", "And", "So", "Because",
        "Sometimes", "Nobody", "No", "Yes", "Not", "Please", "Thank", "Thanks", "Everyone", "Someone", "Nothing", "Everything", "At", "In",
        "On", "For", "With", "After", "Before", "All", "Some", "Most", "Now", "Then", "Also", "Just", "Maybe", "Can", "Could", "Would",
        "Should", "Do", "Don't", "Did", "Didn't", "Is", "Was", "Are", "Were", "Have", "Had", "Has", "Being", "Having", "Getting", "Going",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mum", "Dad", "OK",
    };

    /// <summary>
    /// The services' and the system's abbreviations, kept as written. Only these: a word in capitals is otherwise
    /// treated as a name, since people write names in capitals too ("KAYLEIGH helped me"), and so is an initial.
    /// </summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "CAMHS", "NHS", "GP", "SEND", "SENCO", "SEN", "EHCP", "ADHD", "ASD", "IRO", "LAC", "CIN", "CP", "PA", "YOT", "PE", "TV", "UK", "ID",
    };

    /// <summary>The text with identifying details replaced, cut to <see cref="QuoteMaxLength"/> characters at a word.</summary>
    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var redacted = EmailPattern().Replace(text, Email);
        redacted = PostcodePattern().Replace(redacted, Postcode);
        redacted = PhonePattern().Replace(redacted, Phone);
        redacted = CapitalisedWord().Replace(redacted, word => OrdinaryCapitalised.Contains(word.Value) || Abbreviations.Contains(word.Value) ? word.Value : Name);
        redacted = RepeatedName().Replace(redacted, Name);
        if (redacted.Length <= QuoteMaxLength)
        {
            return redacted;
        }

        // At the last word break; a quote with none in reach (a long address, a script without spaces, emoji) is cut
        // where it is, but never between the two halves of a surrogate pair: half an emoji is not text PostgreSQL stores.
        var cut = redacted.LastIndexOf(' ', QuoteMaxLength - 1);
        var end = cut > 0 ? cut : QuoteMaxLength - 1;
        if (char.IsHighSurrogate(redacted[end - 1]))
        {
            end--;
        }

        return $"{redacted[..end]}…";
    }

    /// <summary>Whether the text holds an email address, a telephone number or a postcode: what a reviewed text for the public must not.</summary>
    public static bool HasContactDetails(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return EmailPattern().IsMatch(text) || PostcodePattern().IsMatch(text) || PhonePattern().IsMatch(text);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.None, 1000)]
    private static partial Regex EmailPattern();

    // UK postcodes: outward code (A9, A99, AA9, AA99, A9A, AA9A) and inward code (9AA), any case, space optional.
    [GeneratedRegex(@"\b[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\s*[0-9][A-Za-z]{2}\b", RegexOptions.None, 1000)]
    private static partial Regex PostcodePattern();

    // Nine or more digits, with spaces, hyphens, dots, brackets or a leading + between them: UK and international numbers.
    [GeneratedRegex(@"\+?\(?\d[\d\s().-]{7,}\d", RegexOptions.None, 1000)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\b\p{Lu}[\p{L}'’-]*", RegexOptions.None, 1000)]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"\[name\](\s+\[name\])+", RegexOptions.None, 1000)]
    private static partial Regex RepeatedName();
}
