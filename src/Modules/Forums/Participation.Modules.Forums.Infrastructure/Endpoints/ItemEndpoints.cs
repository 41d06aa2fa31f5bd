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
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Forums.Application.Items;
using Participation.Modules.Forums.Application.Items.AddAction;
using Participation.Modules.Forums.Application.Items.GetItem;
using Participation.Modules.Forums.Application.Items.ListItems;
using Participation.Modules.Forums.Application.Items.PublishItem;
using Participation.Modules.Forums.Application.Items.RaiseItem;
using Participation.Modules.Forums.Application.Items.ReportBack;
using Participation.Modules.Forums.Application.Items.RespondToItem;
using Participation.Modules.Forums.Application.Items.UpdateAction;
using Participation.Modules.Forums.Application.Items.WithdrawItem;
using Participation.Modules.Forums.Domain.Items;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>"You said, we did": items, their actions, the response, the report back that closes the loop, and publishing.</summary>
internal static class ItemEndpoints
{
    public const string Path = "/api/v1/forum-items";

    public static void MapItems(this IEndpointRouteBuilder endpoints)
    {
        var items = endpoints.MapGroup(Path)
            .WithTags("Forum items")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        items.MapGet("/", List).WithName("ListForumItems").WithSummary("Items oldest first: one forum's or all; open, answered or closed; or only those with an overdue action");
        items.MapGet("/{id:guid}", Get).WithName("GetForumItem").WithSummary("One item with its actions and response, with its ETag").ReturnsETag();
        items.MapPost("/", Raise)
            .WithName("RaiseForumItem").WithSummary("Records what was said at a forum meeting, or found at an activity a forum ran; themes suggested from the words when none are given (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPost("/{id:guid}/actions", AddAction)
            .WithName("AddForumItemAction").WithSummary("Adds an action with an owner and a due date; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPut("/{id:guid}/actions/{actionId:guid}", UpdateAction)
            .WithName("UpdateForumItemAction").WithSummary("Changes an action's owner, due date or status; needs If-Match of the item (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write);
        items.MapPut("/{id:guid}/response", Respond)
            .WithName("RespondToForumItem").WithSummary("Writes \"we did\": what changed, or why not; rewritable until reported back; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        items.MapPost("/{id:guid}/report-back", ReportBack)
            .WithName("ReportForumItemBack").WithSummary("Records the later meeting of the same forum the response was reported back at: the loop closes; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapPut("/{id:guid}/publication", Publish)
            .WithName("PublishForumItem").WithSummary("Puts a closed item on the public board in reviewed words naming no member and no contact details; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        items.MapDelete("/{id:guid}/publication", Withdraw)
            .WithName("WithdrawForumItem").WithSummary("Takes an item off the public board; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write);
    }

    private static async Task<Ok<Page<ItemResponse>>> List(
        ISender sender,
        CancellationToken cancellationToken,
        Guid? forumId = null,
        [MaxLength(TextLengths.EnumCode)] string? status = null,
        bool overdue = false,
        [PageSize] int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListItemsQuery(forumId, QueryCodes.Parse<ItemStatus>(status, nameof(status)), overdue, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ItemResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), response, cancellationToken));

    private static async Task<Created<ItemResponse>> Raise(ItemRequest request, ISender sender, HttpResponse response, IServiceProvider services, CancellationToken cancellationToken)
    {
        // Raced by a correction of the activity it is raised at: asked again, it takes the corrected date and forum.
        var id = await sender.SendOnceMoreIfRacedAsync(new RaiseItemCommand(request.MeetingId, request.ActivityId, request.Said, request.Themes ?? [], request.ServiceArea, request.DecisionMaker), services, cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetItemQuery(id), response, cancellationToken));
    }

    private static async Task<Created<ItemResponse>> AddAction(Guid id, ActionRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new AddActionCommand(id, http.RequiredIfMatch(), request.Description, request.Owner, request.DueOn), cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ItemResponse>> UpdateAction(Guid id, Guid actionId, ActionUpdateRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new UpdateActionCommand(id, actionId, http.RequiredIfMatch(), request.Owner, request.DueOn, request.Status), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ItemResponse>> Respond(Guid id, ResponseRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RespondToItemCommand(id, http.RequiredIfMatch(), request.WeDid, request.Outcome), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ItemResponse>> ReportBack(Guid id, ReportBackRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new ReportBackCommand(id, http.RequiredIfMatch(), request.MeetingId), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ItemResponse>> Publish(Guid id, PublicationRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new PublishItemCommand(id, http.RequiredIfMatch(), request.Said, request.Did), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ItemResponse>> Withdraw(Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawItemCommand(id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetItemQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>What a forum said ("you said").</summary>
/// <param name="MeetingId">The meeting it was said at; or give activityId.</param>
/// <param name="ActivityId">The activity (e.g. a young inspectors' visit) it was found at; the activity must name the forum that ran it.</param>
/// <param name="Said">What was said, in the officer's words; no names.</param>
/// <param name="Themes">Theme codes (see /api/v1/reference-data/themes); none, and the taxonomy suggests them from the words.</param>
/// <param name="ServiceArea">The service area it goes to (see /api/v1/reference-data/service-areas).</param>
/// <param name="DecisionMaker">The decision-maker it goes to, by role.</param>
internal sealed record ItemRequest(
    Guid? MeetingId,
    Guid? ActivityId,
    [property: MaxLength(TextLengths.Statement)] string Said,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? Themes,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Name)] string DecisionMaker) : IHasExample<ItemRequest>
{
    public static ItemRequest Example => new(
        Guid.Parse("0193a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6b"), null, "We keep getting new social workers and have to tell our story again each time.", [], "children-in-care", "Head of service, children in care");
}

/// <summary>An action an item needs.</summary>
/// <param name="Description">What is to be done.</param>
/// <param name="Owner">Who is to do it, by role or name.</param>
/// <param name="DueOn">When it is due; the daily check flags it once if still open after this day.</param>
internal sealed record ActionRequest(
    [property: MaxLength(TextLengths.Reason)] string Description,
    [property: MaxLength(TextLengths.Name)] string Owner,
    DateOnly DueOn) : IHasExample<ActionRequest>
{
    public static ActionRequest Example => new("Bring caseload figures for each team to the next meeting", "Head of service, children in care", new DateOnly(2027, 1, 15));
}

/// <summary>An action's owner, due date and status.</summary>
/// <param name="Owner">Who is to do it.</param>
/// <param name="DueOn">When it is due.</param>
/// <param name="Status">open | done | cancelled.</param>
internal sealed record ActionUpdateRequest([property: MaxLength(TextLengths.Name)] string Owner, DateOnly DueOn, ActionStatus Status) : IHasExample<ActionUpdateRequest>
{
    public static ActionUpdateRequest Example => new("Head of service, children in care", new DateOnly(2027, 1, 15), ActionStatus.Done);
}

/// <summary>"We did".</summary>
/// <param name="WeDid">What changed, or why not, or what happens next.</param>
/// <param name="Outcome">changed | not-changed | next-steps.</param>
internal sealed record ResponseRequest([property: MaxLength(TextLengths.Statement)] string WeDid, ResponseOutcome Outcome) : IHasExample<ResponseRequest>
{
    public static ResponseRequest Example => new("Each child in care now keeps the same social worker through any team move; a handover visit is made together.", ResponseOutcome.Changed);
}

/// <summary>The meeting a response was reported back at.</summary>
/// <param name="MeetingId">A meeting of the same forum held after the item was raised.</param>
internal sealed record ReportBackRequest(Guid MeetingId) : IHasExample<ReportBackRequest>
{
    public static ReportBackRequest Example => new(Guid.Parse("0193a3b4-5c6d-7e8f-9a0b-1c2d3e4f5a6c"));
}

/// <summary>The reviewed words for the public board.</summary>
/// <param name="Said">What was said, for the public: no names, no contact details.</param>
/// <param name="Did">What was done, for the public.</param>
internal sealed record PublicationRequest([property: MaxLength(TextLengths.Statement)] string Said, [property: MaxLength(TextLengths.Statement)] string Did) : IHasExample<PublicationRequest>
{
    public static PublicationRequest Example => new("Young people in care told us changing social worker often means telling their story again.", "Children now keep the same social worker when teams change.");
}
