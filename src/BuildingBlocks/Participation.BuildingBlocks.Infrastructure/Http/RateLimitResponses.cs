using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>What every rate-limited answer says of the caller's budget, and the refusal when it is spent.</summary>
internal static class RateLimitResponses
{
    /// <summary>IETF draft "RateLimit header fields for HTTP": the budget, what is left of it, and when it is whole again.</summary>
    public static void SetHeaders(HttpResponse response, int limit, int remaining, int secondsUntilFull)
    {
        response.Headers["RateLimit-Limit"] = limit.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Remaining"] = remaining.ToString(CultureInfo.InvariantCulture);
        response.Headers["RateLimit-Reset"] = secondsUntilFull.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>429 with <c>Retry-After</c> as problem details.</summary>
    public static async Task RefuseAsync(HttpContext context, int retryAfterSeconds, string detail)
    {
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests", Detail = detail },
        });
    }
}
