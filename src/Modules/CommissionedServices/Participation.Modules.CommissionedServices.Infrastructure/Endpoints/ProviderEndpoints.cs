using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Partners;
using Participation.BuildingBlocks.Infrastructure.Security;
using Participation.Modules.CommissionedServices.Application.Providers;
using Participation.Modules.CommissionedServices.Application.Providers.CreateProvider;
using Participation.Modules.CommissionedServices.Application.Providers.DeactivateProvider;
using Participation.Modules.CommissionedServices.Application.Providers.GetProvider;
using Participation.Modules.CommissionedServices.Application.Providers.ListProviders;
using Participation.Modules.CommissionedServices.Application.Providers.UpdateProvider;
using Participation.Modules.CommissionedServices.Domain.Providers;

namespace Participation.Modules.CommissionedServices.Infrastructure.Endpoints;

internal static class ProviderEndpoints
{
    public const string Path = "/api/v1/providers";

    public static RouteGroupBuilder MapProviders(this IEndpointRouteBuilder endpoints)
    {
        var providers = endpoints.MapGroup(Path)
            .WithTags("Providers")
            .RequireAuthorization(Policies.AnyStaff)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        providers.MapGet("/", List).WithName("ListProviders").WithSummary("Commissioned providers in name order; deactivated ones only when asked");
        providers.MapGet("/{id:guid}", Get).WithName("GetProvider").WithSummary("One provider, with its ETag").ReturnsETag();
        providers.MapPost("/", Create)
            .WithName("CreateProvider").WithSummary("Records a commissioned provider (Administrator)")
            .ReturnsETag()
            .RequireAuthorization(Policies.Administrators)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        providers.MapPut("/{id:guid}", Update)
            .WithName("UpdateProvider").WithSummary("Replaces what is recorded about a provider; needs If-Match (Administrator)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(Policies.Administrators)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        providers.MapPost("/{id:guid}/deactivation", Deactivate)
            .WithName("DeactivateProvider").WithSummary("Deactivates a provider: none of its keys works from now on; needs If-Match (Administrator)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(Policies.Administrators)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return providers;
    }

    private static async Task<Ok<Page<ProviderResponse>>> List(ISender sender, CancellationToken cancellationToken, bool includeDeactivated = false, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListProvidersQuery(includeDeactivated, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ProviderResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetProviderQuery(id), response, cancellationToken));

    private static async Task<Created<ProviderResponse>> Create(ProviderRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new CreateProviderCommand(request.Name, request.Kind, request.ContractStart, request.ContractEnd, request.ContactName, request.ContactEmail, request.ServiceAreas ?? [], request.ReturnsEvery),
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetProviderQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ProviderResponse>> Update(Guid id, ProviderRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new UpdateProviderCommand(id, http.RequiredIfMatch(), request.Name, request.Kind, request.ContractStart, request.ContractEnd, request.ContactName, request.ContactEmail, request.ServiceAreas ?? [], request.ReturnsEvery),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetProviderQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ProviderResponse>> Deactivate(Guid id, ISender sender, IPartnerKeyRevocations revocations, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new DeactivateProviderCommand(id, http.RequiredIfMatch()), cancellationToken);
        revocations.Revoked(id);
        return TypedResults.Ok(await sender.SendVersioned(new GetProviderQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>What the council records about a provider it commissions.</summary>
/// <param name="Name">The organisation's name, unique among providers.</param>
/// <param name="Kind">camhs | school | community-health | advocacy | voluntary-sector | case-management | other.</param>
/// <param name="ContractStart">The first day of the contract.</param>
/// <param name="ContractEnd">The last day of the contract, if it has one.</param>
/// <param name="ContactName">The contact for participation returns.</param>
/// <param name="ContactEmail">The contact's email.</param>
/// <param name="ServiceAreas">Codes of the service areas the contract covers (see /api/v1/reference-data/service-areas).</param>
/// <param name="ReturnsEvery">quarterly | six-monthly: how often the contract asks for a participation return; quarterly for a new provider when not given, unchanged on an update when not given.</param>
internal sealed record ProviderRequest(
    [property: MaxLength(TextLengths.Name)] string Name,
    ProviderKind Kind,
    DateOnly ContractStart,
    DateOnly? ContractEnd,
    [property: MaxLength(TextLengths.Name)] string ContactName,
    [property: MaxLength(TextLengths.Email)] string ContactEmail,
    [property: MaxLength(ListLengths.ServiceAreas), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? ServiceAreas,
    ReturnCadence? ReturnsEvery) : IHasExample<ProviderRequest>
{
    public static ProviderRequest Example => new(
        "Riverside CAMHS", ProviderKind.Camhs, new DateOnly(2026, 4, 1), new DateOnly(2029, 3, 31), "Sam Patel", "participation@riverside-camhs.nhs.example", ["camhs"], ReturnCadence.Quarterly);
}
