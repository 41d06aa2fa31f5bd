using Microsoft.AspNetCore.Builder;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: the route answers with a bare list of at most <paramref name="MaxItems"/> items.</summary>
/// <param name="MaxItems">The most items the list holds.</param>
public sealed record ListResponseMetadata(int MaxItems);

/// <summary>Declares the bound of a route that answers with a bare list rather than a page.</summary>
public static class ListResponses
{
    /// <summary>The route's list never holds more than <paramref name="maxItems"/> items; the OpenAPI document says so.</summary>
    public static TBuilder ReturnsAtMost<TBuilder>(this TBuilder builder, int maxItems)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ListResponseMetadata(maxItems));
}
