namespace Participation.BuildingBlocks.Application.Persistence;

/// <summary>A resource with the version it was read at, sent to clients as its ETag.</summary>
/// <typeparam name="T">The resource representation.</typeparam>
/// <param name="Value">The representation.</param>
/// <param name="Version">The aggregate's <c>xmin</c> version.</param>
public sealed record Versioned<T>(T Value, uint Version);

/// <summary>How a version travels over HTTP.</summary>
public static class EntityTags
{
    /// <summary>The longest tag: a 32-bit version in decimal, quoted.</summary>
    public const int MaxLength = 12;

    /// <summary>The strong entity tag of a version (RFC 9110, section 8.8.3): <c>"42"</c>, as sent in <c>ETag</c> and expected in <c>If-Match</c>.</summary>
    public static string Of(uint version) => $"\"{version.ToString(System.Globalization.CultureInfo.InvariantCulture)}\"";
}
