using Microsoft.OpenApi;
using Participation.BuildingBlocks.Infrastructure.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Adds a report's file representations (CSV, PDF) beside its JSON in the 200 answer.</summary>
internal sealed class FileRepresentationsOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<FileRepresentationsMetadata>().FirstOrDefault() is not { } files
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        foreach (var mediaType in files.MediaTypes)
        {
            ok.Content[mediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } };
        }
    }
}
