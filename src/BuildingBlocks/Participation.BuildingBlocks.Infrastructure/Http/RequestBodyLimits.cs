using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// Refuses a declared body larger than the endpoint's <see cref="IRequestSizeLimitMetadata"/> before anything reads it.
/// Kestrel enforces the same limit while streaming; this makes it hold behind any server (a proxy, the test host) too.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Adds the check; place it after routing so the endpoint is known.</summary>
    public static IApplicationBuilder UseDeclaredRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
                && context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            await next(context);
        });
}
