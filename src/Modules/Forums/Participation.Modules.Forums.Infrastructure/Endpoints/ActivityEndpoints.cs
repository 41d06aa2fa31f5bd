using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Forums.Application.Involvement;
using Participation.Modules.Forums.Application.Involvement.CorrectActivity;
using Participation.Modules.Forums.Application.Involvement.GetActivity;
using Participation.Modules.Forums.Application.Involvement.ListActivities;
using Participation.Modules.Forums.Application.Involvement.RecordActivity;
using Participation.Modules.Forums.Domain.Involvement;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>Involvement beyond meetings: interview panels, inspection visits, co-delivered training and the rest.</summary>
internal static class ActivityEndpoints
{
    public const string Path = "/api/v1/involvement-activities";

    public static void MapActivities(this IEndpointRouteBuilder endpoints)
    {
        var activities = endpoints.MapGroup(Path)
            .WithTags("Involvement activities")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        activities.MapGet("/", List).WithName("ListInvolvementActivities").WithSummary("Activities in the order recorded, of one kind or all");
        activities.MapGet("/{id:guid}", Get).WithName("GetInvolvementActivity").WithSummary("One activity, with its ETag").ReturnsETag();
        activities.MapPost("/", Record)
            .WithName("RecordInvolvementActivity")
            .WithSummary("Records an activity that took place: participants by audience and cohort, Hart rung, Lundy, what came of it and the recognition given (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        activities.MapPut("/{id:guid}", Correct)
            .WithName("CorrectInvolvementActivity").WithSummary("Corrects the record of an activity; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<Page<ActivityResponse>>> List(
        ISender sender, CancellationToken cancellationToken, [MaxLength(TextLengths.EnumCode)] string? kind = null, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListActivitiesQuery(QueryCodes.Parse<ActivityKind>(kind, nameof(kind)), pageSize, cursor), cancellationToken));

    private static async Task<Ok<ActivityResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetActivityQuery(id), response, cancellationToken));

    private static async Task<Created<ActivityResponse>> Record(ActivityRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new RecordActivityCommand(
                request.Kind, request.Title, request.HeldOn, request.ForumId, request.ServiceArea, request.Participants, request.HartRung, request.Lundy, request.WhatCameOfIt, request.Recognitions ?? []),
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetActivityQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ActivityResponse>> Correct(Guid id, ActivityRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new CorrectActivityCommand(
                id, http.RequiredIfMatch(), request.Kind, request.Title, request.HeldOn, request.ForumId, request.ServiceArea, request.Participants, request.HartRung, request.Lundy,
                request.WhatCameOfIt, request.Recognitions ?? []),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetActivityQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>An involvement activity that took place.</summary>
/// <param name="Kind">recruitment-panel | inspection-visit | co-delivered-training | consultation-event | peer-mentoring | foster-carer-recruitment-and-training | other.</param>
/// <param name="Title">A short title, e.g. "Interview panel: head of service".</param>
/// <param name="HeldOn">The day it took place (the first, if it ran over several); not after today.</param>
/// <param name="ForumId">The forum that ran it, if one did: an inspection's findings are raised as that forum's items.</param>
/// <param name="ServiceArea">The service area it concerned, if one (see /api/v1/reference-data/service-areas).</param>
/// <param name="Participants">Who took part: counts by audience and (where known) priority cohort, no names.</param>
/// <param name="HartRung">How far participants took part on Hart's ladder, 1 to 8 (1–3 non-participation).</param>
/// <param name="Lundy">The four Lundy questions: space, voice, audience, influence; each met or not, with evidence where met.</param>
/// <param name="WhatCameOfIt">What came of it.</param>
/// <param name="Recognitions">Recognition given for participants' time: voucher | payment | accreditation | reference, to how many, with the amount each in pounds where there is one.</param>
internal sealed record ActivityRequest(
    ActivityKind Kind,
    [property: MaxLength(TextLengths.Name)] string Title,
    DateOnly HeldOn,
    Guid? ForumId,
    [property: MaxLength(TextLengths.Code)] string? ServiceArea,
    [property: MinLength(1), MaxLength(ActivityLimits.ParticipantRows)] IReadOnlyList<ParticipantCount> Participants,
    [property: Range(HartRung.Lowest, HartRung.Highest)] int HartRung,
    LundyAssessment Lundy,
    [property: MaxLength(TextLengths.Statement)] string? WhatCameOfIt,
    [property: MaxLength(ActivityLimits.RecognitionRows)] IReadOnlyList<Recognition>? Recognitions) : IHasExample<ActivityRequest>
{
    public static ActivityRequest Example => new(
        ActivityKind.RecruitmentPanel,
        "Interview panel: head of service, children in care",
        new DateOnly(2026, 11, 4),
        null,
        "children-in-care",
        [new ParticipantCount(Audience.ChildOrYoungPerson, PriorityCohort.LookedAfterChildren, 3), new ParticipantCount(Audience.CareLeaver, PriorityCohort.CareLeavers, 2)],
        6,
        LundyExample.Assessment,
        "The young people's panel scored candidates on their own questions; their scores counted towards the appointment.",
        [new Recognition(RecognitionKind.Voucher, 5, null, 20m)]);
}
