using System.Buffers.Binary;
using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text.Json;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.Forums.Application.PublicBoard;
using Participation.Modules.Forums.Application.PublicBoard.ListPublishedItems;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>
/// The council website's "you said, we did" board: public, anonymous, cacheable, and holding nothing but what officers
/// published in reviewed words (docs/domain/forums.md#the-public-board).
/// </summary>
internal static class PublicBoardEndpoints
{
    public const string Path = "/api/v1/public/you-said-we-did";

    /// <summary>Five minutes: a newly published item reaches the website within that, and a busy page costs one query per cache.</summary>
    private const int FreshForSeconds = 300;

    public static void MapPublicBoard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, List)
            .WithTags("Public")
            .AllowAnonymous()
            .NotAudited()
            .RateLimitedPerCaller()
            .WithName("ListYouSaidWeDid")
            .WithSummary("Published \"you said, we did\" items, most recently answered first; no credentials; cacheable for five minutes")
            .ReturnsETag()
            .CachedPubliclyFor(FreshForSeconds)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Ok<Page<PublishedItem>>> List(
        ISender sender,
        HttpResponse response,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken,
        [PageSize] int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null)
    {
        var page = await sender.Send(new ListPublishedItemsQuery(pageSize, cursor), cancellationToken);
        // The page's own bytes name it: any publication, withdrawal or rewording changes the tag. Written as the
        // platform's page tags are (two numbers), from 64 bits of the digest.
        var digest = SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(page, json.Value.SerializerOptions));
        response.Headers.ETag = EntityTags.Of(BinaryPrimitives.ReadUInt32LittleEndian(digest), BinaryPrimitives.ReadUInt32LittleEndian(digest.AsSpan(4)));
        return TypedResults.Ok(page);
    }
}
