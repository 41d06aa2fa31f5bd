using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>
/// Refuses a declared body larger than the endpoint's <see cref="IRequestSizeLimitMetadata"/> before anything reads it.
/// Kestrel enforces the same limit while streaming; this makes it hold behind any server (a proxy, the test host) too.
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>The body limit of a write that declares none: comfortably above the largest valid staff request.</summary>
    public const long DefaultWriteLimit = 256 * 1024;

    /// <summary>
    /// Every POST, PUT and PATCH of the group accepts at most <see cref="DefaultWriteLimit"/> bytes and declares its 413,
    /// unless the route declares its own limit (<c>AcceptsBodyUpTo</c>), which then applies instead.
    /// </summary>
    public static TBuilder LimitWriteBodies<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(metadata => metadata.HttpMethods).ToList();
            if (methods.Any(method => HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method)))
            {
                endpoint.Metadata.Add(new RequestSizeLimitAttribute(DefaultWriteLimit));
                endpoint.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status413PayloadTooLarge, typeof(ProblemDetails), ["application/problem+json"]));
            }
        });
        return builder;
    }

    /// <summary>A body larger than <paramref name="bytes"/> is refused with 413 before it is read (instead of the default write limit).</summary>
    public static RouteHandlerBuilder AcceptsBodyUpTo(this RouteHandlerBuilder builder, long bytes) =>
        builder.WithMetadata(new RequestSizeLimitAttribute(bytes));

    /// <summary>Adds the check; place it after routing so the endpoint is known.</summary>
    public static IApplicationBuilder UseDeclaredRequestBodyLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { MaxRequestBodySize: { } limit }
                && context.Request.ContentLength > limit)
            {
                throw new BadHttpRequestException($"The request body is larger than {limit} bytes.", StatusCodes.Status413PayloadTooLarge);
            }

            return next(context);
        });
}
