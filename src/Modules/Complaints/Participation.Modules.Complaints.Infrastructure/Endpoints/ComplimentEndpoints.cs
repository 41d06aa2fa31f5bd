using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Complaints.Application.Compliments;
using Participation.Modules.Complaints.Application.Compliments.GetCompliment;
using Participation.Modules.Complaints.Application.Compliments.ListCompliments;
using Participation.Modules.Complaints.Application.Compliments.RecordCompliment;

namespace Participation.Modules.Complaints.Infrastructure.Endpoints;

internal static class ComplimentEndpoints
{
    private const string Path = "/api/v1/compliments";

    public static void MapCompliments(this IEndpointRouteBuilder endpoints)
    {
        var compliments = endpoints.MapGroup(Path)
            .WithTags("Complaints")
            .RequireAuthorization(ComplaintEndpoints.Policy)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        compliments.MapPost("/", Record).ReturnsETag().WithName("RecordCompliment").WithSummary("Records a compliment, counted with complaints in the reports (ComplaintsOfficer, Manager)");
        compliments.MapGet("/{id:guid}", Get).ReturnsETag().WithName("GetCompliment").WithSummary("One compliment, with its ETag");
        compliments.MapGet("/", List).WithName("ListCompliments").WithSummary("Compliments in the order recorded: serviceArea, receivedFrom and receivedTo (ComplaintsOfficer, Manager)");
    }

    private static async Task<Created<ComplimentResponse>> Record(ComplimentRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new RecordComplimentCommand(request.ReceivedOn, request.Audience, request.Channel, request.ServiceArea, request.Summary), cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetComplimentQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<Page<ComplimentResponse>>> List(
        ISender sender,
        CancellationToken cancellationToken,
        [MaxLength(TextLengths.Code)] string? serviceArea = null,
        DateOnly? receivedFrom = null,
        DateOnly? receivedTo = null,
        [PageSize] int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListComplimentsQuery(serviceArea, receivedFrom, receivedTo, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ComplimentResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetComplimentQuery(id), response, cancellationToken));
}

/// <summary>A compliment as received.</summary>
internal sealed record ComplimentRequest(DateOnly ReceivedOn, Audience Audience, Channel Channel, [property: MaxLength(TextLengths.Code)] string ServiceArea, [property: MaxLength(TextLengths.Statement)] string Summary) : IHasExample<ComplimentRequest>
{
    public static ComplimentRequest Example => new(new DateOnly(2026, 11, 26), Audience.Parent, Channel.Email, "children-in-care", "Our social worker kept us told at every step and came to every meeting she said she would.");
}
