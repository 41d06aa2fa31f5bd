using Microsoft.AspNetCore.Http;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>What an endpoint answered, read from the result it returned: for the filters that record it (audit, idempotency).</summary>
/// <param name="Status">The status code (200 when the result does not say).</param>
/// <param name="Value">The body object, if any.</param>
/// <param name="Location">The <c>Location</c> of a creation, if any.</param>
internal readonly record struct EndpointOutcome(int Status, object? Value, string? Location)
{
    /// <summary>
    /// A union result (<c>Results&lt;Created&lt;T&gt;, Ok&lt;T&gt;&gt;</c>) is read through to the one chosen. Created and
    /// Accepted carry their Location as a property ASP.NET gives no interface for, so it is read by name; a filter
    /// nearer the endpoint (an idempotent replay) may already have put it on the response instead.
    /// </summary>
    public static EndpointOutcome Of(object? result, HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var chosen = result is INestedHttpResult nested ? nested.Result : result;
        var location = chosen?.GetType().GetProperty("Location")?.GetValue(chosen) as string;
        return new EndpointOutcome(
            (chosen as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK,
            (chosen as IValueHttpResult)?.Value,
            location ?? (response.Headers.Location.Count > 0 ? response.Headers.Location.ToString() : null));
    }
}
