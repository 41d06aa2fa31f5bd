using Microsoft.AspNetCore.Builder;

namespace Participation.BuildingBlocks.Infrastructure.Http;

/// <summary>Endpoint metadata: besides its JSON, the 200 answer comes as these files when the Accept header asks.</summary>
/// <param name="MediaTypes">e.g. <c>text/csv</c>, <c>application/pdf</c>.</param>
public sealed record FileRepresentationsMetadata(IReadOnlyList<string> MediaTypes);

/// <summary>Declares the file representations of a report.</summary>
public static class FileRepresentations
{
    /// <summary>The 200 answer is also served as each of <paramref name="mediaTypes"/> (documented in the OpenAPI document).</summary>
    public static TBuilder AlsoServedAs<TBuilder>(this TBuilder builder, params string[] mediaTypes)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new FileRepresentationsMetadata(mediaTypes));
}
