using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.ReferenceData.Application.Themes;
using Participation.Modules.ReferenceData.Application.Themes.CreateTheme;
using Participation.Modules.ReferenceData.Application.Themes.GetMatchTerms;
using Participation.Modules.ReferenceData.Application.Themes.GetTheme;
using Participation.Modules.ReferenceData.Application.Themes.ListThemes;
using Participation.Modules.ReferenceData.Application.Themes.RenameTheme;
using Participation.Modules.ReferenceData.Application.Themes.RetireTheme;
using Participation.Modules.ReferenceData.Application.Themes.SetMatchTerms;

namespace Participation.Modules.ReferenceData.Infrastructure.Endpoints;

internal static class ThemeEndpoints
{
    private const string Path = "/themes";

    public static void MapThemes(this RouteGroupBuilder referenceData)
    {
        referenceData.MapGet(Path, List)
            .WithName("ListThemes").WithSummary("The theme taxonomy in code order; parentId narrows to one theme's sub-themes");
        referenceData.MapGet($"{Path}/{{id:guid}}", Get)
            .ReturnsETag().WithName("GetTheme").WithSummary("One theme, with its ETag");
        referenceData.MapPost(Path, Create)
            .ReturnsETag().WithName("CreateTheme").WithSummary("Adds a top-level theme, or a sub-theme under parentId (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Administrators);
        referenceData.MapPut($"{Path}/{{id:guid}}", Rename)
            .RequiresIfMatch().ReturnsETag().WithName("RenameTheme").WithSummary("Renames a theme; needs If-Match (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Administrators);
        referenceData.MapGet($"{Path}/{{id:guid}}/match-terms", GetMatchTerms)
            .ReturnsETag().WithName("GetThemeMatchTerms").WithSummary("The words and phrases that suggest a theme in free text, with the theme's ETag");
        referenceData.MapPut($"{Path}/{{id:guid}}/match-terms", SetMatchTerms)
            .RequiresIfMatch().ReturnsETag().WithName("SetThemeMatchTerms")
            .WithSummary("Replaces the words and phrases that suggest a theme in free text (whole words, any case); needs If-Match (Administrator)")
            .RequireAuthorization(Policies.Administrators);
        referenceData.MapPost($"{Path}/{{id:guid}}/retirement", Retire)
            .RequiresIfMatch().ReturnsETag().WithName("RetireTheme").WithSummary("Takes a theme out of use once its sub-themes are retired, never deleting it; needs If-Match (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .RequireAuthorization(Policies.Administrators);
    }

    private static async Task<Ok<Page<ThemeResponse>>> List(ISender sender, CancellationToken cancellationToken, bool includeRetired = false, Guid? parentId = null, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListThemesQuery(includeRetired, parentId, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ThemeResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetThemeQuery(id), response, cancellationToken));

    private static async Task<Created<ThemeResponse>> Create(CreateThemeRequest request, ISender sender, HttpResponse response, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Raced by a retirement of the parent, or by the same code created at once: asked again, it meets their rule.
        var id = await sender.SendOnceMoreIfRacedAsync(new CreateThemeCommand(request.Code, request.Name, request.ParentId), services, cancellationToken);
        return TypedResults.Created($"/api/v1/reference-data{Path}/{id}", await sender.SendVersioned(new GetThemeQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ThemeResponse>> Rename(Guid id, RenameRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RenameThemeCommand(id, request.Name, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetThemeQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<MatchTermsResponse>> GetMatchTerms(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetMatchTermsQuery(id), response, cancellationToken));

    private static async Task<Ok<MatchTermsResponse>> SetMatchTerms(Guid id, MatchTermsRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new SetMatchTermsCommand(id, request.Terms ?? [], http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetMatchTermsQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ThemeResponse>> Retire(Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RetireThemeCommand(id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetThemeQuery(id), http.HttpContext.Response, cancellationToken));
    }

}

/// <summary>A new theme.</summary>
/// <param name="Code">Its stable code: lower-case words joined by hyphens, e.g. <c>placement-stability</c>.</param>
/// <param name="Name">Its name.</param>
/// <param name="ParentId">The top-level theme it belongs under; omit for a top-level theme.</param>
internal sealed record CreateThemeRequest([property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(TextLengths.Name)] string Name, Guid? ParentId) : IHasExample<CreateThemeRequest>
{
    public static CreateThemeRequest Example => new("school-moves", "School moves", ParentId: null);
}

/// <summary>A theme's match terms.</summary>
/// <param name="Terms">Words or phrases, matched as whole words in any case; an empty list suggests nothing.</param>
internal sealed record MatchTermsRequest([property: MaxLength(MatchTermsResponse.MaxTerms), ItemMaxLength(TextLengths.Name)] IReadOnlyList<string>? Terms) : IHasExample<MatchTermsRequest>
{
    public static MatchTermsRequest Example => new(["new school", "changed school"]);
}
