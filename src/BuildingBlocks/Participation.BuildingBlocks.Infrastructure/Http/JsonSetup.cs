using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>How the API reads and writes JSON.</summary>
public static class JsonSetup
{
    /// <summary>
    /// Enums travel as their kebab-case codes only (a number is refused, so a bound enum is always a defined value), no
    /// string that PostgreSQL cannot store gets past binding, every instant is read in UTC, no property the request does not define is accepted, and
    /// the schema's <c>required</c> and <c>nullable</c> hold: a non-nullable constructor parameter without a default must
    /// be sent (a missing enum or number would otherwise bind as its default, silently), and null is refused where the
    /// type does not allow it.
    /// </summary>
    public static IServiceCollection AddParticipationJson(this IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(json =>
        {
            // Ours decides; the framework's stays listed so that Swashbuckle documents enums as strings.
            json.SerializerOptions.Converters.Add(new KebabCodeJsonConverterFactory());
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
            json.SerializerOptions.Converters.Add(new StorableTextJsonConverter());
            json.SerializerOptions.Converters.Add(new UtcDateTimeOffsetJsonConverter());
            // A property the request does not define is refused (400 naming it), as the schema's additionalProperties: false says.
            json.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            json.SerializerOptions.RespectNullableAnnotations = true;
            json.SerializerOptions.TypeInfoResolver = (json.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(RequireNonNullableParameters);
        });

    /// <summary>
    /// System.Text.Json's own switch would require nullable parameters too; the contract makes only the non-nullable
    /// ones without a default required.
    /// </summary>
    private static void RequireNonNullableParameters(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.AssociatedParameter is { HasDefaultValue: false, IsNullable: false })
            {
                property.IsRequired = true;
            }
        }
    }
}
