using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Participation.IntegrationTests.Infrastructure;

/// <summary>
/// The OpenAPI 3.0 schema keywords the committed document uses, checked against a JSON value: types, <c>nullable</c>,
/// <c>required</c>, undeclared properties, lengths, item counts, ranges, enums, patterns and the uuid and date formats.
/// </summary>
public sealed class ContractSchema(JsonObject schemas)
{
    /// <summary>Follows a <c>$ref</c>, or a lone <c>allOf</c> around one, to the schema it names.</summary>
    public JsonNode Resolve(JsonNode schema) =>
        schema["$ref"] is { } reference ? Resolve(schemas[((string)reference!).Split('/')[^1]]!)
        : schema["allOf"] is JsonArray { Count: 1 } allOf ? Resolve(allOf[0]!)
        : schema;

    /// <summary>The example an operation publishes for its JSON body, wherever the document puts it; null without one.</summary>
    public JsonNode? RequestExample(JsonNode operation) =>
        operation["requestBody"]?["content"]?["application/json"] is { } content
            ? content["example"] ?? content["schema"]!["example"] ?? Resolve(content["schema"]!)["example"]
            : null;

    /// <summary>Where <paramref name="value"/> breaks <paramref name="schema"/>, each as a JSON path and what is wrong.</summary>
    public IEnumerable<string> Violations(JsonNode? value, JsonNode schema, string at)
    {
        var nullable = schema["nullable"] is JsonValue flag && (bool)flag;
        var resolved = Resolve(schema);
        if (value is null)
        {
            return nullable || (resolved["nullable"] is JsonValue inner && (bool)inner) ? [] : [$"{at}: null, not declared nullable"];
        }

        return (string?)resolved["type"] switch
        {
            "object" => ObjectViolations(value, resolved, at),
            "array" => ArrayViolations(value, resolved, at),
            "string" => StringViolations(value, resolved, at),
            "integer" or "number" => NumberViolations(value, resolved, at),
            "boolean" => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? [] : [$"{at}: not a boolean"],
            _ => [],
        };
    }

    private IEnumerable<string> ObjectViolations(JsonNode value, JsonNode schema, string at)
    {
        if (value is not JsonObject instance)
        {
            yield return $"{at}: not an object";
            yield break;
        }

        foreach (var required in schema["required"]?.AsArray() ?? [])
        {
            if (!instance.ContainsKey((string)required!))
            {
                yield return $"{at}.{required}: required, missing";
            }
        }

        var properties = schema["properties"] as JsonObject;
        foreach (var (name, property) in instance)
        {
            var declared = properties?[name] ?? schema["additionalProperties"] as JsonObject;
            if (declared is null)
            {
                yield return $"{at}.{name}: not declared";
                continue;
            }

            foreach (var violation in Violations(property, declared, $"{at}.{name}"))
            {
                yield return violation;
            }
        }
    }

    private IEnumerable<string> ArrayViolations(JsonNode value, JsonNode schema, string at)
    {
        if (value is not JsonArray items)
        {
            yield return $"{at}: not an array";
            yield break;
        }

        if (schema["maxItems"] is { } maxItems && items.Count > (int)maxItems)
        {
            yield return $"{at}: {items.Count} items, more than maxItems {maxItems}";
        }

        for (var index = 0; index < items.Count; index++)
        {
            foreach (var violation in Violations(items[index], schema["items"]!, $"{at}[{index}]"))
            {
                yield return violation;
            }
        }
    }

    private static IEnumerable<string> StringViolations(JsonNode value, JsonNode schema, string at)
    {
        if (value.GetValueKind() != JsonValueKind.String)
        {
            yield return $"{at}: not a string";
            yield break;
        }

        var text = (string)value!;
        if (schema["maxLength"] is { } maxLength && text.Length > (int)maxLength)
        {
            yield return $"{at}: {text.Length} characters, longer than maxLength {maxLength}";
        }

        if (schema["enum"] is JsonArray values && values.All(allowed => (string?)allowed != text))
        {
            yield return $"{at}: '{text}' is not one of its enum";
        }

        if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, (string)pattern!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            yield return $"{at}: '{text}' does not match {pattern}";
        }

        var wellFormed = (string?)schema["format"] switch
        {
            "uuid" => Guid.TryParse(text, out _),
            "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => true,
        };
        if (!wellFormed)
        {
            yield return $"{at}: '{text}' is not a {schema["format"]}";
        }
    }

    private static IEnumerable<string> NumberViolations(JsonNode value, JsonNode schema, string at)
    {
        if (value.GetValueKind() != JsonValueKind.Number)
        {
            yield return $"{at}: not a number";
            yield break;
        }

        var number = (decimal)value;
        if ((string?)schema["type"] == "integer" && decimal.Truncate(number) != number)
        {
            yield return $"{at}: {number} is not a whole number";
        }

        if (schema["minimum"] is { } minimum && number < (decimal)minimum)
        {
            yield return $"{at}: {number} is below minimum {minimum}";
        }

        if (schema["maximum"] is { } maximum && number > (decimal)maximum)
        {
            yield return $"{at}: {number} is above maximum {maximum}";
        }
    }
}
