using System.Collections.Frozen;
using System.Text.Json;

namespace Participation.BuildingBlocks.Domain.Vocabulary;

/// <summary>
/// The kebab-case codes of an enum, both ways (<c>ChildOrYoungPerson</c> ↔ <c>child-or-young-person</c>): the one
/// spelling the API, the stored data and integration events share.
/// </summary>
public static class KebabCodes<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Codes =
        Enum.GetValues<TEnum>().ToFrozenDictionary(value => value, value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    private static readonly FrozenDictionary<string, TEnum> Values = Codes.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>The code of a value.</summary>
    public static string ToCode(TEnum value) => Codes[value];

    /// <summary>The value of a code.</summary>
    public static TEnum FromCode(string code) => Values[code];

    /// <summary>The value of a code; false when it is not one.</summary>
    public static bool TryFromCode(string code, out TEnum value) => Values.TryGetValue(code, out value);
}
