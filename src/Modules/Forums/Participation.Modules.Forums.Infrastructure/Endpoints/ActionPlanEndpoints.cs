using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Application.ActionPlan;
using Participation.Modules.Forums.Application.ActionPlan.AddPlanAction;
using Participation.Modules.Forums.Application.ActionPlan.GetPlanAction;
using Participation.Modules.Forums.Application.ActionPlan.ListPlanActions;
using Participation.Modules.Forums.Application.ActionPlan.UpdatePlanAction;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>The participation strategy's own action plan, in Portsmouth's columns.</summary>
internal static class ActionPlanEndpoints
{
    public const string Path = "/api/v1/action-plan";

    public static void MapActionPlan(this IEndpointRouteBuilder endpoints)
    {
        var plan = endpoints.MapGroup(Path)
            .WithTags("Action plan")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        plan.MapGet("/", List).WithName("ListPlanActions").WithSummary("The plan in due-date order; only rows flagged overdue and still open when asked").ReturnsAtMost(ListLimits.AtMost);
        plan.MapGet("/{id:guid}", Get).WithName("GetPlanAction").WithSummary("One row, with its ETag").ReturnsETag();
        plan.MapPost("/", Add)
            .WithName("AddPlanAction").WithSummary("Adds a row: action, how, resources, owner, due date, status and evidence (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        plan.MapPut("/{id:guid}", Update)
            .WithName("UpdatePlanAction").WithSummary("Replaces a row; done needs evidence; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<IReadOnlyList<PlanActionResponse>>> List(ISender sender, CancellationToken cancellationToken, bool overdue = false) =>
        TypedResults.Ok(await sender.Send(new ListPlanActionsQuery(overdue), cancellationToken));

    private static async Task<Ok<PlanActionResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetPlanActionQuery(id), response, cancellationToken));

    private static async Task<Created<PlanActionResponse>> Add(PlanActionRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(new AddPlanActionCommand(request.Action, request.How, request.Resources, request.Owner, request.DueOn, request.Status, request.Evidence), cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetPlanActionQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<PlanActionResponse>> Update(Guid id, PlanActionRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new UpdatePlanActionCommand(id, http.RequiredIfMatch(), request.Action, request.How, request.Resources, request.Owner, request.DueOn, request.Status, request.Evidence),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetPlanActionQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>A row of the participation action plan.</summary>
/// <param name="Action">What the council will do.</param>
/// <param name="How">How it will do it.</param>
/// <param name="Resources">The resources it needs.</param>
/// <param name="Owner">Who owns it.</param>
/// <param name="DueOn">When it is due; the daily check flags it once if still open after this day.</param>
/// <param name="Status">open | done | cancelled.</param>
/// <param name="Evidence">What shows progress or completion; required when done.</param>
internal sealed record PlanActionRequest(
    [property: MaxLength(TextLengths.Reason)] string Action,
    [property: MaxLength(TextLengths.Statement)] string How,
    [property: MaxLength(TextLengths.Reason)] string? Resources,
    [property: MaxLength(TextLengths.Name)] string Owner,
    DateOnly DueOn,
    ActionStatus Status,
    [property: MaxLength(TextLengths.Statement)] string? Evidence) : IHasExample<PlanActionRequest>
{
    public static PlanActionRequest Example => new(
        "Young people sit on every senior manager interview panel",
        "Train a pool of twelve young interviewers with the Children in Care Council; book them with HR when a post is advertised",
        "Participation officer time; vouchers for interviewers",
        "Head of participation",
        new DateOnly(2027, 3, 31),
        ActionStatus.Open,
        null);
}
