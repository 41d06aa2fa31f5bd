using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Participation.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores an enum as the same kebab-case code the API speaks (<c>child-or-young-person</c>), so data and JSON agree.</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(value => KebabCodes<TEnum>.ToCode(value), code => KebabCodes<TEnum>.FromCode(code))
    where TEnum : struct, Enum;

/// <summary>The kebab-case codes of an enum, both ways.</summary>
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
}
