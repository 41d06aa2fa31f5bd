using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Browser-facing protection: security headers on every response, and CORS only for the council's own front-ends.</summary>
public static class SecurityHeaders
{
    /// <summary>Allows cross-origin calls only from <c>Cors:AllowedOrigins</c>; none when the list is empty.</summary>
    public static IServiceCollection AddFrontEndCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        return services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length > 0)
            {
                // What a front-end acts on: versions, created records, when to retry or slow down, how to authenticate.
                policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders(
                    "ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "WWW-Authenticate");
            }
        }));
    }

    /// <summary>
    /// nosniff, no framing, no referrer, and no caching of API responses (they carry what children said). The API
    /// serves only JSON, so its content policy allows nothing; Swagger UI and the job dashboard keep their own scripts.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(AddHeaders, context);
            return next(context);
        });

    // Static, with the context as its state: no closure and delegate allocated for every request.
    private static Task AddHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
        {
            headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
            if (string.IsNullOrEmpty(headers.CacheControl))
            {
                headers.CacheControl = "no-store";
            }
        }

        return Task.CompletedTask;
    }
}
