using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Infrastructure.Http;

namespace Participation.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// Endpoint metadata: the route is public and each value of <paramref name="RouteParameter"/> (a link's token) has its
/// own budget; with none, each caller's address has one.
/// </summary>
/// <param name="RouteParameter">e.g. <c>token</c>; null to budget by the caller's address.</param>
public sealed record LinkRateLimitMetadata(string? RouteParameter);

/// <summary>
/// A token bucket per link on the public routes, held by each instance: plenty for a person filling in a form, a
/// brake on a script hammering one open link. Answers carry the same RateLimit headers as staff and partners get.
/// </summary>
public static class LinkRateLimits
{
    /// <summary>The most requests one link makes at once.</summary>
    public const int Burst = 30;

    /// <summary>One more request allowed every this many seconds: 30 a minute sustained.</summary>
    internal const int SecondsPerToken = 2;

    /// <summary>Each value of <paramref name="routeParameter"/> is limited on its own.</summary>
    public static TBuilder RateLimitedPerLink<TBuilder>(this TBuilder builder, string routeParameter)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new LinkRateLimitMetadata(routeParameter));

    /// <summary>A public route with no link in it (the published board): each caller's address is limited on its own.</summary>
    public static TBuilder RateLimitedPerCaller<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new LinkRateLimitMetadata(null));

    /// <summary>Registers the buckets.</summary>
    public static IServiceCollection AddLinkRateLimits(this IServiceCollection services) => services.AddSingleton<LinkRateLimiter>();

    /// <summary>Place after routing: a route that declares <see cref="LinkRateLimitMetadata"/> draws on its link's bucket.</summary>
    public static IApplicationBuilder UseLinkRateLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<LinkRateLimitMetadata>() is { } declared
                && (declared.RouteParameter is null ? $"caller:{context.Connection.RemoteIpAddress}" : context.Request.RouteValues.GetValueOrDefault(declared.RouteParameter)?.ToString()) is { } link)
            {
                var (granted, remaining) = context.RequestServices.GetRequiredService<LinkRateLimiter>().TryTake(link);
                RateLimitResponses.SetHeaders(context.Response, Burst, remaining, (Burst - remaining) * SecondsPerToken);
                if (!granted)
                {
                    return RateLimitResponses.RefuseAsync(context, SecondsPerToken, declared.RouteParameter is null ? "Too many requests from here just now; try again shortly." : "This link has been used too often just now; try again shortly.");
                }
            }

            return next(context);
        });
}

/// <summary>The buckets, one per link, kept while in use.</summary>
internal sealed class LinkRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> buckets =
        TokenBuckets.PerKey<string>(LinkRateLimits.Burst, 1, TimeSpan.FromSeconds(LinkRateLimits.SecondsPerToken));

    public (bool Granted, int Remaining) TryTake(string link)
    {
        using var lease = buckets.AttemptAcquire(link);
        return (lease.IsAcquired, (int)(buckets.GetStatistics(link)?.CurrentAvailablePermits ?? 0));
    }

    public void Dispose() => buckets.Dispose();
}
