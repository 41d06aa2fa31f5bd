using Microsoft.OpenApi;
using Participation.BuildingBlocks.Infrastructure.Http;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>Documents the <c>Idempotency-Key</c> header on the routes that honour it.</summary>
internal sealed class IdempotencyKeyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IdempotencyKeyMetadata>().FirstOrDefault() is not { } idempotency)
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = IdempotencyKeyMetadata.Header,
            In = ParameterLocation.Header,
            Required = idempotency.Required,
            Description = "A retry with the same key and body replays the first response; another body is 422; a retry while the first runs is 409. At most 200 characters.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
        });
    }
}
