using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: shared caches may keep the route's answers for <paramref name="Seconds"/>.</summary>
/// <param name="Seconds">How long an answer stays fresh.</param>
public sealed record PublicCacheMetadata(int Seconds)
{
    /// <summary>The <c>Cache-Control</c> value sent (RFC 9111, section 5.2.2).</summary>
    public string CacheControl => $"public, max-age={Seconds.ToString(CultureInfo.InvariantCulture)}";
}

/// <summary>Public answers a website's cache may keep.</summary>
public static class PublicCaching
{
    /// <summary>
    /// Declares and sends <c>Cache-Control: public, max-age</c> on the route's 200 (and so on the 304 an outer
    /// <see cref="ETags.ReturnsETag{TBuilder}"/> makes of it): never on an error, which no cache should keep.
    /// </summary>
    public static TBuilder CachedPubliclyFor<TBuilder>(this TBuilder builder, int seconds)
        where TBuilder : IEndpointConventionBuilder
    {
        var metadata = new PublicCacheMetadata(seconds);
        return builder.WithMetadata(metadata).AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK })
            {
                context.HttpContext.Response.Headers.CacheControl = metadata.CacheControl;
            }

            return result;
        });
    }
}
