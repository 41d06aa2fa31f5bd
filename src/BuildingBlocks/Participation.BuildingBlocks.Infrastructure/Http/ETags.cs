using System.Globalization;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Participation.BuildingBlocks.Application.Errors;
using Participation.BuildingBlocks.Application.Persistence;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: the route answers with an <c>ETag</c>, and perhaps requires <c>If-Match</c>.</summary>
/// <param name="RequiresIfMatch">Whether a request without <c>If-Match</c> is refused with 428.</param>
public sealed record ETagMetadata(bool RequiresIfMatch);

/// <summary>ETag / If-Match over the aggregate's <c>xmin</c> version (RFC 9110, section 13.1).</summary>
public static class ETags
{
    /// <summary>
    /// Declares that the route's success response carries the resource's <c>ETag</c>. On a read, a client that sends
    /// the ETag it holds in <c>If-None-Match</c> gets 304 with no body when the resource has not changed (RFC 9110,
    /// section 13.1.2): front-ends polling a record pay for one indexed read and no serialisation. A 304 disclosed
    /// nothing the client did not already hold, so it is not an audited read.
    /// </summary>
    public static TBuilder ReturnsETag<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ETagMetadata(RequiresIfMatch: false)).AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var http = context.HttpContext;
            return (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
                   && result is IStatusCodeHttpResult { StatusCode: StatusCodes.Status200OK }
                   && http.Request.NoneMatch(http.Response.Headers.ETag.ToString())
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : result;
        });

    /// <summary>Whether <c>If-None-Match</c> names <paramref name="current"/> (weak comparison, as RFC 9110 asks) or is <c>*</c>.</summary>
    public static bool NoneMatch(this HttpRequest request, string current)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(current) || request.Headers.IfNoneMatch.Count == 0
            || !EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var held)
            || !EntityTagHeaderValue.TryParse(current, out var tag))
        {
            return false;
        }

        return held.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
    }

    /// <summary>
    /// A state transition: the client names the version it read in <c>If-Match</c> (428 when missing, 412 when it
    /// cannot be current), so two people acting on the same record cannot overwrite each other unseen. Checked before
    /// the body is read; the handler reads the version with <see cref="RequiredIfMatch"/>.
    /// </summary>
    public static TBuilder RequiresIfMatch<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ETagMetadata(RequiresIfMatch: true)).AddEndpointFilter(async (context, next) =>
        {
            context.HttpContext.Request.RequiredIfMatch();
            return await next(context);
        });

    /// <summary>Reads a versioned resource, sets the response's ETag from its version, and returns the resource.</summary>
    public static async Task<T> SendVersioned<T>(this ISender sender, IQuery<Versioned<T>> query, HttpResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var versioned = await sender.Send(query, cancellationToken);
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.ETag = EntityTags.Of(versioned.Version, versioned.Rest);
        return versioned.Value;
    }

    /// <summary>
    /// The version the client's <c>If-Match</c> names (a page's tag names its aggregate's version before the dot); 428
    /// when it is missing, 412 when it cannot be current.
    /// </summary>
    public static uint RequiredIfMatch(this HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header))
        {
            throw new PreconditionRequiredException();
        }

        return EntityTagHeaderValue.TryParse(header, out var tag)
               && !tag.IsWeak
               && uint.TryParse(VersionPart(tag.Tag.AsSpan().Trim('"')), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw new PreconditionFailedException("resource");
    }

    private static ReadOnlySpan<char> VersionPart(ReadOnlySpan<char> tag) =>
        tag.IndexOf('.') is var dot and >= 0 && uint.TryParse(tag[(dot + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? tag[..dot] : tag;
}
