using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Gives each nullable reference property the type OpenAPI 3.0 needs beside <c>nullable</c>.</summary>
internal sealed class NullableReferences : IDocumentFilter
{
    /// <summary>
    /// A nullable property of a referenced type is written <c>allOf: [$ref], nullable: true</c>; OpenAPI 3.0.3 gives
    /// <c>nullable</c> meaning only beside a <c>type</c>, so the wrapper takes the referenced schema's type (and, for an
    /// enumeration, the length of its longest value, which linters look for beside a string type).
    /// </summary>
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        if (document.Components?.Schemas is not { } schemas)
        {
            return;
        }

        foreach (var property in schemas.Values.SelectMany(schema => schema.Properties?.Values ?? []).OfType<OpenApiSchema>())
        {
            if (property is { Type: JsonSchemaType.Null, AllOf: [OpenApiSchemaReference reference] }
                && reference.Reference.Id is { } id && schemas.TryGetValue(id, out var target) && target.Type is { } type)
            {
                property.Type = type | JsonSchemaType.Null;
                property.MaxLength ??= target.Enum is { Count: > 0 } values ? values.Max(value => value?.ToString().Length ?? 0) : target.MaxLength;
            }
        }
    }
}
