using System.Text.Json;
using System.Text.Json.Serialization;
using Participation.BuildingBlocks.Domain.Text;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// Every string a request body carries is refused, as a 400 naming its field, when PostgreSQL could not store it
/// (<see cref="StorableText"/>); nothing such a value would touch is reached, so no statement or COPY fails part-way.
/// </summary>
internal sealed class StorableTextJsonConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return value is null || StorableText.IsStorable(value) ? value : throw new UnstorableTextException();
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}

/// <summary>A body string <see cref="StorableText"/> refuses; System.Text.Json adds the path of the field.</summary>
internal sealed class UnstorableTextException() : JsonException(StorableText.Refusal);
