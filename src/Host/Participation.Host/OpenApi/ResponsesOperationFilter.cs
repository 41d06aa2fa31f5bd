using Participation.BuildingBlocks.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Application.Persistence;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Participation.Host.OpenApi;

/// <summary>
/// Declares the headers the API sends and the statuses they come with: <c>RateLimit-*</c> on every answer that passed
/// the rate limiter (everything after authorisation, so not 401 and 403), 429 and 503 with <c>Retry-After</c>, and
/// <c>ETag</c> / <c>If-Match</c> on the routes that declare them (<see cref="ETagMetadata"/>), and the bound of a
/// route that answers with a bare list (<see cref="ListResponseMetadata"/>).
/// </summary>
internal sealed class ResponsesOperationFilter : IOperationFilter
{
    public const string RateLimitLimit = "RateLimit-Limit";
    public const string RateLimitRemaining = "RateLimit-Remaining";
    public const string RateLimitReset = "RateLimit-Reset";
    public const string RetryAfter = "Retry-After";
    public const string ETag = "ETag";

    /// <summary>The shared <c>Cache-Control</c> header component.</summary>
    public const string CacheControl = "Cache-Control";
    public const string AllowOrigin = "Access-Control-Allow-Origin";
    public const string WwwAuthenticate = "WWW-Authenticate";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (metadata.OfType<ListResponseMetadata>().FirstOrDefault() is { } list)
        {
            foreach (var (_, response) in Successes(operation))
            {
                foreach (var media in response.Content?.Values ?? [])
                {
                    if (media.Schema is OpenApiSchema { Type: JsonSchemaType.Array } array)
                    {
                        array.MaxItems = list.MaxItems;
                    }
                }
            }
        }

        if (metadata.OfType<ETagMetadata>().FirstOrDefault() is { } etag)
        {
            foreach (var (_, response) in Successes(operation))
            {
                AddHeader(response, ETag, context);
            }

            if (string.Equals(context.ApiDescription.HttpMethod, HttpMethods.Get, StringComparison.OrdinalIgnoreCase))
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-None-Match",
                    In = ParameterLocation.Header,
                    Description = "The ETag of the version the client holds: 304 with no body while it is still current. A value that is not a list of entity tags is ignored (RFC 9110, section 13.1.2): the full response is sent.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200, Pattern = "^(\\*|(W/)?\"[^\"]*\"(\\s*,\\s*(W/)?\"[^\"]*\")*)$" },
                    Example = "\"1234\"",
                });
                var notModified = new OpenApiResponse { Description = "Not modified: the version named in If-None-Match is current" };
                operation.Responses.TryAdd("304", notModified);
                AddHeader(notModified, ETag, context);
            }

            if (etag.RequiresIfMatch)
            {
                operation.Parameters ??= [];
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = "If-Match",
                    In = ParameterLocation.Header,
                    Required = true,
                    Description = "The ETag of the version this change was decided on. Missing: 428; not the current version: 412.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = EntityTags.PageMaxLength, Pattern = EntityTags.PagePattern },
                    Example = "\"1234\"",
                });
                operation.Responses.TryAdd("412", Problem("The resource changed since the ETag in If-Match was read", context));
                operation.Responses.TryAdd("428", Problem("If-Match is missing", context));
            }
        }

        if (metadata.OfType<PublicCacheMetadata>().Any())
        {
            foreach (var (status, response) in operation.Responses.Where(response => response.Key is "200" or "304"))
            {
                AddHeader(response, CacheControl, context);
            }
        }

        operation.Responses.TryAdd("500", Problem("An unexpected error; the problem carries only the traceId to report", context));
        if ((metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any()) || metadata.OfType<LinkRateLimitMetadata>().Any())
        {
            DeclareRateLimits(operation, context);
        }

        // CORS: a browser at one of the configured front-end origins is told it may read the answer.
        foreach (var (_, response) in operation.Responses)
        {
            if (response is OpenApiResponse { Headers.Count: > 0 })
            {
                AddHeader(response, AllowOrigin, context);
            }
        }
    }

    private static void DeclareRateLimits(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd("429", Problem("Over the caller's rate limit; retry after Retry-After seconds", context));
        operation.Responses.TryAdd("503", Problem("The database is briefly unavailable and nothing was changed; retry after Retry-After seconds", context));
        AddHeader(operation.Responses["429"], RetryAfter, context);
        AddHeader(operation.Responses["503"], RetryAfter, context);
        foreach (var (status, response) in operation.Responses)
        {
            if ((status.StartsWith('2') || status.StartsWith('4') || status == "304") && status is not ("401" or "403"))
            {
                AddHeader(response, RateLimitLimit, context);
                AddHeader(response, RateLimitRemaining, context);
                AddHeader(response, RateLimitReset, context);
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, IOpenApiResponse>> Successes(OpenApiOperation operation) =>
        operation.Responses!.Where(response => response.Key.StartsWith('2') && response.Key != "204");

    internal static void AddHeader(IOpenApiResponse response, string name, OperationFilterContext context)
    {
        if (response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers.TryAdd(name, new OpenApiHeaderReference(name, context.Document));
        }
    }

    /// <summary>An error response in the shared problem shape.</summary>
    public static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            ["application/problem+json"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(SharedComponents.Problem, context.Document) },
        },
    };
}
