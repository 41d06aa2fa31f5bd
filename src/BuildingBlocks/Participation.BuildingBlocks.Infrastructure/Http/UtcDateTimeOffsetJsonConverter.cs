using System.Text.Json;
using System.Text.Json.Serialization;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// Every instant a request body carries is read as the same instant in UTC: <c>2027-06-30T23:59:59+01:00</c>, as a
/// front-end in British Summer Time writes it, is <c>2027-06-30T22:59:59Z</c>. Npgsql stores a <c>timestamptz</c> only
/// from a UTC offset and would otherwise refuse the value when it is saved, after validation, as a 500.
/// </summary>
internal sealed class UtcDateTimeOffsetJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
