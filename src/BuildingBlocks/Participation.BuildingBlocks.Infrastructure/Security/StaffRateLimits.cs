using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Security;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;

namespace Participation.BuildingBlocks.Infrastructure.Security;

/// <summary>Each member of staff's token bucket, configured under <c>RateLimiting:Staff</c>.</summary>
public sealed class StaffRateLimitOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "RateLimiting:Staff";

    /// <summary>Tokens added each second.</summary>
    public int PermitsPerSecond { get; set; } = 20;

    /// <summary>The most tokens a bucket holds: the largest burst a front-end may send at once.</summary>
    public int Burst { get; set; } = 200;
}

/// <summary>
/// A token bucket per member of staff, held by each instance: a person at a front-end, or a stolen token, cannot read
/// the whole of the council's records in a burst. Partners are limited by their own shared bucket instead.
/// </summary>
internal sealed class StaffRateLimiter(IOptions<StaffRateLimitOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> buckets =
        TokenBuckets.PerKey<string>(options.Value.Burst, options.Value.PermitsPerSecond, TimeSpan.FromSeconds(1));

    public int Limit => options.Value.Burst;

    public (bool Granted, int Remaining, int SecondsUntilFull) TryTake(string person)
    {
        using var lease = buckets.AttemptAcquire(person);
        var remaining = (int)(buckets.GetStatistics(person)?.CurrentAvailablePermits ?? 0);
        var secondsUntilFull = (int)Math.Ceiling((double)(options.Value.Burst - remaining) / options.Value.PermitsPerSecond);
        return (lease.IsAcquired, remaining, secondsUntilFull);
    }

    public void Dispose() => buckets.Dispose();
}

/// <summary>Registers and applies <see cref="StaffRateLimiter"/>.</summary>
public static class StaffRateLimiting
{
    /// <summary>Binds <see cref="StaffRateLimitOptions"/> and registers the limiter.</summary>
    public static IServiceCollection AddStaffRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffRateLimitOptions>()
            .Bind(configuration.GetSection(StaffRateLimitOptions.Section))
            .Validate(options => options is { PermitsPerSecond: > 0, Burst: >= 1 }, $"{StaffRateLimitOptions.Section} needs PermitsPerSecond > 0 and Burst >= 1.")
            .ValidateOnStart();
        return services.AddSingleton<StaffRateLimiter>();
    }

    /// <summary>Place after authorisation: only a member of staff admitted to a route draws on their bucket.</summary>
    public static IApplicationBuilder UseStaffRateLimits(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var metadata = context.GetEndpoint()?.Metadata;
            if (metadata?.GetMetadata<IAuthorizeData>() is not null && metadata.GetMetadata<IAllowAnonymous>() is null
                && metadata.GetMetadata<PartnerRateLimitMetadata>() is null
                && context.RequestServices.GetRequiredService<ICurrentUser>().Id is { } person)
            {
                var limiter = context.RequestServices.GetRequiredService<StaffRateLimiter>();
                var (granted, remaining, secondsUntilFull) = limiter.TryTake(person);
                RateLimitResponses.SetHeaders(context.Response, limiter.Limit, remaining, secondsUntilFull);
                if (!granted)
                {
                    return RateLimitResponses.RefuseAsync(context, 1, "This person's request rate is over its limit; retry after the time in Retry-After.");
                }
            }

            return next(context);
        });
}
