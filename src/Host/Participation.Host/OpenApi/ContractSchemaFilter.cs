using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Participation.BuildingBlocks.Domain.Documentation;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>
/// Makes each schema say what the code enforces: which properties are always present (required), the length of the
/// string forms of ids and dates, the range of integers, the length of each item of a list of strings, and an example
/// for the types that carry one (<see cref="IHasExample{TSelf}"/>).
/// </summary>
internal sealed class ContractSchemaFilter(IOptions<JsonOptions> json) : ISchemaFilter
{
    // An example leaves out what it does not set: a null beside an enumeration's $ref would not validate against it.
    private readonly JsonSerializerOptions exampleOptions = new(json.Value.SerializerOptions) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    // RFC 4122 text form; ISO 8601 full-date; ISO 8601 date-time with seven fraction digits and an offset.
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 33,
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        LimitFormattedStrings(concrete);
        LimitIntegers(concrete, context.Type);
        if (ItemMaxLength(context) is { } itemLength && concrete.Items is OpenApiSchema items)
        {
            items.MaxLength = itemLength;
        }

        if (concrete.Properties is { Count: > 0 } && context.Type is { IsClass: true } type)
        {
            RequireNonNullable(concrete, type);
        }

        if (ExampleOf(context.Type) is { } example)
        {
            concrete.Examples = [JsonSerializer.SerializeToNode(example, context.Type, exampleOptions)!];
        }
    }

    private static void LimitFormattedStrings(OpenApiSchema schema)
    {
        if (schema.Type?.HasFlag(JsonSchemaType.String) == true && schema.MaxLength is null && schema.Format is { } format
            && FormatLengths.TryGetValue(format, out var length))
        {
            schema.MaxLength = length;
        }
    }

    /// <summary>An integer without a declared range can be anything its CLR type holds: say so.</summary>
    private static void LimitIntegers(OpenApiSchema schema, Type type)
    {
        if (schema.Type?.HasFlag(JsonSchemaType.Integer) != true)
        {
            return;
        }

        var (minimum, maximum) = (Nullable.GetUnderlyingType(type) ?? type) switch
        {
            var t when t == typeof(long) => (long.MinValue, long.MaxValue),
            var t when t == typeof(uint) => (0, uint.MaxValue),
            _ => (int.MinValue, (long)int.MaxValue),
        };
        schema.Minimum ??= minimum.ToString(CultureInfo.InvariantCulture);
        schema.Maximum ??= maximum.ToString(CultureInfo.InvariantCulture);
    }

    private static int? ItemMaxLength(SchemaFilterContext context) =>
        (context.MemberInfo?.GetCustomAttribute<ItemMaxLengthAttribute>() ?? context.ParameterInfo?.GetCustomAttribute<ItemMaxLengthAttribute>())?.Length;

    /// <summary>
    /// A property is required when the serializer reads it as non-nullable and, for a constructor parameter, it has no
    /// default: the same metadata the JSON options use to refuse a request that leaves one out, so the two agree.
    /// </summary>
    private void RequireNonNullable(OpenApiSchema schema, Type type)
    {
        foreach (var property in json.Value.SerializerOptions.GetTypeInfo(type).Properties)
        {
            if (!property.IsGetNullable && property.AssociatedParameter is not { HasDefaultValue: true } && schema.Properties!.ContainsKey(property.Name))
            {
                schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
                schema.Required.Add(property.Name);
            }
        }
    }

    private static object? ExampleOf(Type type) =>
        type.GetInterfaces().Any(contract => contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IHasExample<>))
            ? type.GetProperty(nameof(IHasExample<>.Example), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
            : null;
}
