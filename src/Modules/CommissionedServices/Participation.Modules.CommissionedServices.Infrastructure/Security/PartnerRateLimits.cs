using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.Modules.CommissionedServices.Infrastructure.Security;

/// <summary>
/// A token bucket per provider (API.md: "one partner's burst never slows another"): each provider has its own bucket,
/// refilled every second; past it, 429 with <c>Retry-After</c>. Configured under <c>RateLimiting:Partner</c>.
/// </summary>
internal static class PartnerRateLimits
{
    public const string Policy = "partner";

    public static IServiceCollection AddPartnerRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("RateLimiting:Partner");
        var perSecond = section.GetValue("PermitsPerSecond", 20);
        var burst = section.GetValue("Burst", 100);
        var refill = TimeSpan.FromSeconds(section.GetValue("RefillSeconds", 1));

        return services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(Policy, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.FindFirst(PartnerAuthentication.ProviderClaim)?.Value ?? "unauthenticated",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst,
                    TokensPerPeriod = perSecond,
                    ReplenishmentPeriod = refill,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : refill;
                context.HttpContext.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                context.HttpContext.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = "This provider's request rate is over its limit; retry after the time in Retry-After." },
                });
            };
        });
    }
}
