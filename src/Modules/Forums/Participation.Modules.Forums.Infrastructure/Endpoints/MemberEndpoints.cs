using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Forums.Application;
using Participation.Modules.Forums.Application.Members;
using Participation.Modules.Forums.Application.Members.AddMember;
using Participation.Modules.Forums.Application.Members.GetMember;
using Participation.Modules.Forums.Application.Members.LeaveForum;
using Participation.Modules.Forums.Application.Members.ListMembers;
using Participation.Modules.Forums.Application.Members.UpdateMember;
using Participation.Modules.Forums.Domain.Members;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

/// <summary>A forum's members: pseudonymous, and every read of them is audited (docs/domain/forums.md#members).</summary>
internal static class MemberEndpoints
{
    public const string Path = "/api/v1/forums/{forumId:guid}/members";

    public static void MapMembers(this IEndpointRouteBuilder endpoints)
    {
        var members = endpoints.MapGroup(Path)
            .WithTags("Forums")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        members.MapGet("/", List)
            .WithName("ListForumMembers").WithSummary("A forum's members in the order they joined; those who left (with no name or contact kept) only when asked")
            .AuditsRecord("forumId")
            .AuditReads()
            .ReturnsAtMost(ListLimits.AtMost);
        members.MapGet("/{id:guid}", Get).WithName("GetForumMember").WithSummary("One member, with their ETag").AuditReads().ReturnsETag();
        members.MapPost("/", Add)
            .WithName("AddForumMember").WithSummary("Adds a member with their consent: a parent's or carer's for a member under 13 (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        members.MapPut("/{id:guid}", Update)
            .WithName("UpdateForumMember").WithSummary("Replaces what is recorded about a current member; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        members.MapPost("/{id:guid}/leaving", Leave)
            .WithName("RecordMemberLeaving").WithSummary("Records that a member left: their name and contact details are erased at once; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write);
    }

    private static async Task<Ok<IReadOnlyList<MemberResponse>>> List(Guid forumId, ISender sender, CancellationToken cancellationToken, bool includeLeft = false) =>
        TypedResults.Ok(await sender.Send(new ListMembersQuery(forumId, includeLeft), cancellationToken));

    private static async Task<Ok<MemberResponse>> Get(Guid forumId, Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetMemberQuery(forumId, id), response, cancellationToken));

    private static async Task<Created<MemberResponse>> Add(Guid forumId, MemberRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new AddMemberCommand(
                forumId, request.DisplayName, request.AgeBand, request.Audience, request.Cohorts ?? [], request.ContactEmail, request.ContactPhone, request.AgeOutAt, request.AgeReviewOn,
                request.ConsentGivenBy, request.ConsentGivenOn),
            cancellationToken);
        return TypedResults.Created($"{ForumEndpoints.Path}/{forumId}/members/{id}", await sender.SendVersioned(new GetMemberQuery(forumId, id), response, cancellationToken));
    }

    private static async Task<Ok<MemberResponse>> Update(Guid forumId, Guid id, MemberRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new UpdateMemberCommand(
                forumId, id, http.RequiredIfMatch(), request.DisplayName, request.AgeBand, request.Audience, request.Cohorts ?? [], request.ContactEmail, request.ContactPhone, request.AgeOutAt,
                request.AgeReviewOn, request.ConsentGivenBy, request.ConsentGivenOn),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetMemberQuery(forumId, id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<MemberResponse>> Leave(Guid forumId, Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new LeaveForumCommand(forumId, id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetMemberQuery(forumId, id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>What an officer records about a member: the least the forum needs, never a date of birth.</summary>
/// <param name="DisplayName">A first name, nickname or initials, as the member chooses (2 to 40 characters).</param>
/// <param name="AgeBand">under-eleven | eleven-to-twelve | thirteen-to-fifteen | sixteen-to-seventeen | eighteen-to-twenty | twenty-one-to-twenty-four | adult.</param>
/// <param name="Audience">Who they speak as (see /api/v1/reference-data/audiences).</param>
/// <param name="Cohorts">Their priority cohorts, where they said (see /api/v1/reference-data/priority-cohorts).</param>
/// <param name="ContactEmail">An email for the lead officer, if they gave one; erased when they leave.</param>
/// <param name="ContactPhone">A phone number for the lead officer, if they gave one; erased when they leave.</param>
/// <param name="AgeOutAt">The age they leave a children's forum at: 18, or 21 or 25 for a care leaver; required for a child, young person or care leaver, none for other audiences.</param>
/// <param name="AgeReviewOn">When their age band is next checked; required with ageOutAt. The daily check flags them from this day if their band may have reached ageOutAt.</param>
/// <param name="ConsentGivenBy">self | parent | carer | social-worker: under 13, not self.</param>
/// <param name="ConsentGivenOn">The day consent was given.</param>
internal sealed record MemberRequest(
    [property: MaxLength(MemberDetailsValidator.DisplayNameMaxLength)] string DisplayName,
    AgeBand AgeBand,
    Audience Audience,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort>? Cohorts,
    [property: MaxLength(TextLengths.Email)] string? ContactEmail,
    [property: MaxLength(MemberDetailsValidator.PhoneMaxLength)] string? ContactPhone,
    [property: Range(18, 25)] int? AgeOutAt,
    DateOnly? AgeReviewOn,
    ConsentGiver ConsentGivenBy,
    DateOnly ConsentGivenOn) : IHasExample<MemberRequest>
{
    public static MemberRequest Example => new(
        "Jay", AgeBand.SixteenToSeventeen, Audience.ChildOrYoungPerson, [PriorityCohort.LookedAfterChildren], null, "07700 900123", 18, new DateOnly(2027, 3, 1), ConsentGiver.Self, new DateOnly(2026, 9, 14));
}
