namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>A resource with the version it was read at, sent to clients as its ETag.</summary>
/// <typeparam name="T">The resource representation.</typeparam>
/// <param name="Value">The representation.</param>
/// <param name="Version">The aggregate's <c>xmin</c> version.</param>
/// <param name="Rest">
/// For a page that shows more than its own aggregate (a forum's members count, last meeting and loop figures), a
/// digest of the rest (<see cref="EntityTags.DigestOf{T}"/>): it joins the ETag, so a conditional read notices a
/// change there too, while <c>If-Match</c> still names the aggregate's version.
/// </param>
public sealed record Versioned<T>(T Value, uint Version, uint? Rest = null);

/// <summary>How a version travels over HTTP.</summary>
public static class EntityTags
{
    /// <summary>The longest tag: a 32-bit version in decimal, quoted.</summary>
    public const int MaxLength = 12;

    /// <summary>The longest tag of a page: a version and a digest of the rest of it, in decimal, quoted.</summary>
    public const int PageMaxLength = 23;

    /// <summary>What an <c>ETag</c> or <c>If-Match</c> holds: a version, and on a page a dot and a digest.</summary>
    public const string PagePattern = "^\"[0-9]{1,10}(\\.[0-9]{1,10})?\"$";

    /// <summary>The strong entity tag of a version (RFC 9110, section 8.8.3): <c>"42"</c>, as sent in <c>ETag</c> and expected in <c>If-Match</c>.</summary>
    public static string Of(uint version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";

    /// <summary>The tag of a page: <c>"42"</c>, or <c>"42.3141592653"</c> with a digest of what it shows beyond its own aggregate.</summary>
    public static string Of(uint version, uint? rest) =>
        rest is { } digest ? $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}.{digest.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"" : Of(version);

    /// <summary>A digest of <paramref name="figures"/> as JSON, the same on every instance and after a restart.</summary>
    public static uint DigestOf<T>(T figures) =>
        System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(System.Security.Cryptography.SHA256.HashData(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(figures)));
}
