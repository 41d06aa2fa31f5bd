using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Involvement;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Application.Meetings;
using Participation.Modules.Forums.Application.Meetings.CorrectMeeting;
using Participation.Modules.Forums.Application.Meetings.GetMeeting;
using Participation.Modules.Forums.Application.Meetings.ListMeetings;
using Participation.Modules.Forums.Application.Meetings.RecordMeeting;
using Participation.Modules.Forums.Domain.Meetings;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

internal static class MeetingEndpoints
{
    public const string Path = "/api/v1/forums/{forumId:guid}/meetings";

    public static void MapMeetings(this IEndpointRouteBuilder endpoints)
    {
        var meetings = endpoints.MapGroup(Path)
            .WithTags("Forums")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        meetings.MapGet("/", List).WithName("ListForumMeetings").WithSummary("A forum's meetings, latest first").AuditsRecord("forumId").ReturnsAtMost(ListLimits.AtMost);
        meetings.MapGet("/{id:guid}", Get).WithName("GetForumMeeting").WithSummary("One meeting, with its ETag").ReturnsETag();
        meetings.MapPost("/", Record)
            .WithName("RecordForumMeeting")
            .WithSummary("Records a meeting held: attendance by audience, decision-makers present, Hart's ladder rung and the Lundy questions (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        meetings.MapPut("/{id:guid}", Correct)
            .WithName("CorrectForumMeeting")
            .WithSummary("Corrects a meeting's attendance, decision-makers, Hart rung and Lundy answers; its date stays; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<IReadOnlyList<MeetingResponse>>> List(Guid forumId, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new ListMeetingsQuery(forumId), cancellationToken));

    private static async Task<Ok<MeetingResponse>> Get(Guid forumId, Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetMeetingQuery(forumId, id), response, cancellationToken));

    private static async Task<Ok<MeetingResponse>> Correct(Guid forumId, Guid id, MeetingRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new CorrectMeetingCommand(forumId, id, http.RequiredIfMatch(), request.HeldOn, request.Attendance ?? [], request.DecisionMakers ?? [], request.HartRung, request.Lundy),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetMeetingQuery(forumId, id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Created<MeetingResponse>> Record(Guid forumId, MeetingRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new RecordMeetingCommand(forumId, request.HeldOn, request.Attendance ?? [], request.DecisionMakers ?? [], request.HartRung, request.Lundy),
            cancellationToken);
        return TypedResults.Created($"{ForumEndpoints.Path}/{forumId}/meetings/{id}", await sender.SendVersioned(new GetMeetingQuery(forumId, id), response, cancellationToken));
    }
}

/// <summary>A meeting a forum held.</summary>
/// <param name="HeldOn">The day it was held (not after today).</param>
/// <param name="Attendance">Who attended, counted by audience: no names.</param>
/// <param name="DecisionMakers">The senior officers or councillors present, by role and name.</param>
/// <param name="HartRung">How far the young people took part, on Hart's ladder: 1 manipulation, 2 decoration, 3 tokenism (1–3 non-participation), 4 assigned but informed, 5 consulted and informed, 6 adult-initiated shared decisions, 7 child-initiated and directed, 8 child-initiated shared decisions with adults.</param>
/// <param name="Lundy">The four Lundy questions: space, voice, audience, influence; each met or not, with evidence where met.</param>
internal sealed record MeetingRequest(
    DateOnly HeldOn,
    [property: MaxLength(MeetingLimits.AttendanceRows)] IReadOnlyList<AttendanceCount>? Attendance,
    [property: MaxLength(MeetingLimits.DecisionMakers)] IReadOnlyList<DecisionMaker>? DecisionMakers,
    [property: Range(HartRung.Lowest, HartRung.Highest)] int HartRung,
    LundyAssessment Lundy) : IHasExample<MeetingRequest>
{
    public static MeetingRequest Example => new(
        new DateOnly(2026, 11, 18),
        [new AttendanceCount(Audience.ChildOrYoungPerson, 9)],
        [new DecisionMaker("Deputy director, children's social care", "Alex Morgan")],
        6,
        LundyExample.Assessment);
}
