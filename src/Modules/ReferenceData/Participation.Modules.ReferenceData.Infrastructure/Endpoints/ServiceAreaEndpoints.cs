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
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.ReferenceData.Application.ServiceAreas;
using Participation.Modules.ReferenceData.Application.ServiceAreas.CreateServiceArea;
using Participation.Modules.ReferenceData.Application.ServiceAreas.GetServiceArea;
using Participation.Modules.ReferenceData.Application.ServiceAreas.ListServiceAreas;
using Participation.Modules.ReferenceData.Application.ServiceAreas.RenameServiceArea;
using Participation.Modules.ReferenceData.Application.ServiceAreas.RetireServiceArea;

namespace Participation.Modules.ReferenceData.Infrastructure.Endpoints;

internal static class ServiceAreaEndpoints
{
    private const string Path = "/service-areas";

    public static void MapServiceAreas(this RouteGroupBuilder referenceData)
    {
        referenceData.MapGet(Path, List)
            .WithName("ListServiceAreas").WithSummary("Service areas in code order; retired ones only when asked");
        referenceData.MapGet($"{Path}/{{id:guid}}", Get)
            .ReturnsETag().WithName("GetServiceArea").WithSummary("One service area, with its ETag");
        referenceData.MapPost(Path, Create)
            .ReturnsETag().WithName("CreateServiceArea").WithSummary("Adds a service area (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Administrators);
        referenceData.MapPut($"{Path}/{{id:guid}}", Rename)
            .RequiresIfMatch().ReturnsETag().WithName("RenameServiceArea").WithSummary("Renames a service area; needs If-Match (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Administrators);
        referenceData.MapPost($"{Path}/{{id:guid}}/retirement", Retire)
            .RequiresIfMatch().ReturnsETag().WithName("RetireServiceArea").WithSummary("Takes a service area out of use, never deleting it; needs If-Match (Administrator)")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .RequireAuthorization(Policies.Administrators);
    }

    private static async Task<Ok<Page<ServiceAreaResponse>>> List(ISender sender, CancellationToken cancellationToken, bool includeRetired = false, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListServiceAreasQuery(includeRetired, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ServiceAreaResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetServiceAreaQuery(id), response, cancellationToken));

    private static async Task<Created<ServiceAreaResponse>> Create(CreateServiceAreaRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new CreateServiceAreaCommand(request.Code, request.Name), cancellationToken);
        return TypedResults.Created($"/api/v1/reference-data{Path}/{id}", await sender.SendVersioned(new GetServiceAreaQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ServiceAreaResponse>> Rename(Guid id, RenameRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RenameServiceAreaCommand(id, request.Name, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetServiceAreaQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ServiceAreaResponse>> Retire(Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RetireServiceAreaCommand(id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetServiceAreaQuery(id), http.HttpContext.Response, cancellationToken));
    }

}

/// <summary>A new service area.</summary>
/// <param name="Code">Its stable code: lower-case words joined by hyphens, e.g. <c>children-in-care</c>.</param>
/// <param name="Name">Its name.</param>
internal sealed record CreateServiceAreaRequest([property: MaxLength(TextLengths.Code)] string Code, [property: MaxLength(TextLengths.Name)] string Name) : IHasExample<CreateServiceAreaRequest>
{
    public static CreateServiceAreaRequest Example => new("youth-justice", "Youth justice");
}

/// <summary>A new name for a maintained entry.</summary>
/// <param name="Name">The name.</param>
internal sealed record RenameRequest([property: MaxLength(TextLengths.Name)] string Name) : IHasExample<RenameRequest>
{
    public static RenameRequest Example => new("Children in care");
}
