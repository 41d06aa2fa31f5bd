using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Participation.BuildingBlocks.Infrastructure.Errors;

/// <summary>Problem details for every error response, thrown or not.</summary>
public static class ProblemDetailsSetup
{
    /// <summary>Registers the exception handler and adds <c>traceId</c> to every problem.</summary>
    public static IServiceCollection AddParticipationProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            // RFC 9457, section 4.2.1: a problem without a more specific type is "about:blank"; saying so keeps the field always present.
            context.ProblemDetails.Type ??= "about:blank";
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? context.HttpContext.TraceIdentifier;
        });
        services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        // Binding failures (malformed JSON, a bad date in the query) throw, so the handler can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Handles exceptions and turns bodiless error statuses (unknown route, 401, 403, 405) into problem details.</summary>
    public static IApplicationBuilder UseParticipationProblemDetails(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }
}
