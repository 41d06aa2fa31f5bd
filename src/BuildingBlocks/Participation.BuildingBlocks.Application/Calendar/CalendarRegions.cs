using Participation.BuildingBlocks.Domain.Calendar;

namespace Participation.BuildingBlocks.Application.Calendar;

/// <summary>The region names clients use (<c>england-and-wales</c>, <c>scotland</c>).</summary>
public static class CalendarRegions
{
    private static readonly Dictionary<string, CalendarRegion> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["england-and-wales"] = CalendarRegion.EnglandAndWales,
        ["scotland"] = CalendarRegion.Scotland,
    };

    /// <summary>The names accepted, for messages and documentation.</summary>
    public static string Names => string.Join(" | ", ByName.Keys);

    /// <summary>Parses a region name.</summary>
    public static bool TryParse(string? name, out CalendarRegion region) => ByName.TryGetValue(name ?? string.Empty, out region);
}

/// <summary>The deployment's own calendar (England and Wales or Scotland), from configuration <c>Calendar:Region</c>.</summary>
public sealed class CalendarOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Calendar";

    /// <summary>The region used when a request names none.</summary>
    public string Region { get; set; } = "england-and-wales";

    /// <summary>The region <see cref="Region"/> names (validated at start-up).</summary>
    public CalendarRegion DeploymentRegion => CalendarRegions.TryParse(Region, out var region) ? region : CalendarRegion.EnglandAndWales;
}
