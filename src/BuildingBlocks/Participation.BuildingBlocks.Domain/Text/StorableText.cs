namespace Participation.BuildingBlocks.Domain.Text;

/// <summary>
/// Text PostgreSQL can store: no NUL character (a <c>text</c> value cannot hold one) and no unpaired UTF-16 surrogate
/// (it has no UTF-8 form). Anything a client sends is checked against this before it reaches the database.
/// </summary>
public static class StorableText
{
    /// <summary>What a client is told when a value is refused.</summary>
    public const string Refusal = "The text contains a NUL character or an unpaired surrogate, which cannot be stored.";

    /// <summary>Whether every character of <paramref name="text"/> can be stored.</summary>
    public static bool IsStorable(ReadOnlySpan<char> text)
    {
        // Fast path: almost every value has neither NUL nor any surrogate.
        var suspect = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (text.Contains('\0'))
        {
            return false;
        }

        for (var index = suspect; index >= 0 && index < text.Length; index++)
        {
            var current = text[index];
            if (char.IsHighSurrogate(current) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(current))
            {
                return false;
            }
        }

        return true;
    }
}
