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
    private const string CacheControl = "public, max-age=300";

    public static void MapPublicBoard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(Path, List)
            .WithTags("Public")
            .AllowAnonymous()
            .NotAudited()
            .RateLimitedPerCaller()
            .WithName("ListYouSaidWeDid")
            .WithSummary("Published \"you said, we did\" items, most recently answered first; no credentials; ETag and If-None-Match (304); cacheable for five minutes")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Results<Ok<Page<PublishedItem>>, StatusCodeHttpResult>> List(
        ISender sender,
        HttpContext http,
        IOptions<JsonOptions> json,
        CancellationToken cancellationToken,
        int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null)
    {
        var page = await sender.Send(new ListPublishedItemsQuery(pageSize, cursor), cancellationToken);
        // The page's own bytes name it: any publication, withdrawal or rewording changes the tag.
        var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(page, json.Value.SerializerOptions)))[..32]}\"";
        http.Response.Headers.ETag = tag;
        http.Response.Headers.CacheControl = CacheControl;
        return http.Request.NoneMatch(tag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(page);
    }
}
