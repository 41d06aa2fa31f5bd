using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>How the API reads and writes JSON.</summary>
public static class JsonSetup
{
    /// <summary>
    /// Enums travel as their kebab-case codes only (a number is refused, so a bound enum is always a defined value), no
    /// string that PostgreSQL cannot store gets past binding, and no property the request does not define is accepted.
    /// </summary>
    public static IServiceCollection AddParticipationJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json =>
        {
            // Ours decides; the framework's stays listed so that Swashbuckle documents enums as strings.
            json.SerializerOptions.Converters.Add(new KebabCodeJsonConverterFactory());
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            json.SerializerOptions.Converters.Add(new StorableTextJsonConverter());
            // A property the request does not define is refused (400 naming it), as the schema's additionalProperties: false says.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        });
}
