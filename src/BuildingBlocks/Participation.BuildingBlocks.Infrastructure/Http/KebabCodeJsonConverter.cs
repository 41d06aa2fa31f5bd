using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.BuildingBlocks.Domain.Vocabulary;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// Enums as their kebab-case codes (<see cref="KebabCodes{TEnum}"/>), the one spelling the API, the data and the events
/// share. A code that is not one of them is a 400 that lists the codes allowed; a number is never accepted.
/// </summary>
internal sealed class KebabCodeJsonConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(KebabCodeJsonConverter<>).MakeGenericType(typeToConvert))!;
}

internal sealed class KebabCodeJsonConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string Allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(KebabCodes<TEnum>.ToCode));

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && KebabCodes<TEnum>.TryFromCode(reader.GetString()!, out var value)
            ? value
            : throw new UnknownCodeException(Allowed);

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(KebabCodes<TEnum>.ToCode(value));
    }

    public override TEnum ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KebabCodes<TEnum>.TryFromCode(reader.GetString()!, out var value) ? value : throw new UnknownCodeException(Allowed);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(KebabCodes<TEnum>.ToCode(value));
    }
}

/// <summary>A code that is not one of an enumeration's; System.Text.Json adds the path of the field.</summary>
internal sealed class UnknownCodeException(string allowed) : JsonException($"Must be one of: {allowed}.")
{
    /// <summary>What the client is told, without the path System.Text.Json may append to the message.</summary>
    public string Refusal { get; } = $"Must be one of: {allowed}.";
}
