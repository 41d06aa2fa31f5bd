using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Participation.BuildingBlocks.Application.Security;

namespace Participation.BuildingBlocks.Infrastructure.Security;

/// <summary>
/// The caller of the request whose scope this is, attached as the request starts. <c>IHttpContextAccessor</c> would
/// find it too, but through an <c>AsyncLocal</c> that copies the execution context as every request starts and ends
/// (docs/adr/0016-the-read-path.md). Outside a request (jobs) there is no caller.
/// </summary>
internal sealed class RequestUser : ICurrentUser
{
    private HttpContext? request;

    public string? Id => request?.User is { } user ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.FindFirstValue("sub") : null;

    public bool IsInRole(string role) => request?.User.IsInRole(role) ?? false;

    public void Attach(HttpContext context) => request = context;

    /// <summary>The same caller as <paramref name="other"/>'s, for another scope of the same request.</summary>
    public void AttachSame(RequestUser other) => request = other.request;
}

/// <summary>Attaches each request to its scope's <see cref="ICurrentUser"/>.</summary>
public static class CurrentUserMiddleware
{
    /// <summary>First in the pipeline, so everything after it (the refusal audit included) can ask who is calling.</summary>
    public static IApplicationBuilder UseCurrentUser(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestUser>().Attach(context);
            return next(context);
        });
}
