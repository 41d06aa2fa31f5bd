using System.ComponentModel.DataAnnotations;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain.Reporting;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Forums.Application.Forums;
using Participation.Modules.Forums.Application.Forums.CloseForum;
using Participation.Modules.Forums.Application.Forums.CreateForum;
using Participation.Modules.Forums.Application.Forums.GetForum;
using Participation.Modules.Forums.Application.Forums.ListForums;
using Participation.Modules.Forums.Application.Forums.UpdateForum;
using Participation.Modules.Forums.Application.Reports;
using Participation.Modules.Forums.Application.Reports.GetInvolvementReport;
using Participation.Modules.Forums.Domain.Forums;

namespace Participation.Modules.Forums.Infrastructure.Endpoints;

internal static class ForumEndpoints
{
    public const string Path = "/api/v1/forums";

    public static RouteGroupBuilder MapForums(this IEndpointRouteBuilder endpoints)
    {
        var forums = endpoints.MapGroup(Path)
            .WithTags("Forums")
            .RequireAuthorization(ForumPolicies.Read)
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        forums.MapGet("/", List).WithName("ListForums").WithSummary("Forums in name order; closed ones only when asked (ParticipationOfficer, Manager)");
        forums.MapGet("/{id:guid}", Get)
            .WithName("GetForum").WithSummary("One forum with its members count, cadence (next meeting due, missed or not) and loop-closure figures, with its ETag")
            .ReturnsETag();
        forums.MapPost("/", Create)
            .WithName("CreateForum").WithSummary("Records a forum (ParticipationOfficer)")
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write);
        forums.MapPut("/{id:guid}", Update)
            .WithName("UpdateForum").WithSummary("Replaces what is recorded about an active forum; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        forums.MapPost("/{id:guid}/closure", Close)
            .WithName("CloseForum").WithSummary("Closes a forum: no new members or meetings; its record stays; needs If-Match (ParticipationOfficer)")
            .RequiresIfMatch()
            .ReturnsETag()
            .RequireAuthorization(ForumPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        // Outside the group: its readers' policy would refuse the Analysts the figures are for.
        endpoints.MapGet($"{Path}/reports/quarterly", Quarterly)
            .WithTags("Forums")
            .WithName("GetInvolvementReport")
            .WithSummary("A financial-year quarter of forums and involvement: meetings, Hart and Lundy, loop closure, activities, recognition and the action plan; people under 5 withheld (ParticipationOfficer, Manager, Analyst)")
            .RequireAuthorization(ForumPolicies.Report)
            .ProducesValidationProblem();
        return forums;
    }

    private static async Task<Ok<Page<ForumResponse>>> List(ISender sender, CancellationToken cancellationToken, bool includeClosed = false, [PageSize] int pageSize = Paging.DefaultPageSize, [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(new ListForumsQuery(includeClosed, pageSize, cursor), cancellationToken));

    private static async Task<Ok<ForumOverview>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetForumQuery(id), response, cancellationToken));

    private static async Task<Created<ForumOverview>> Create(ForumRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new CreateForumCommand(request.Name, request.Kind, request.TermsOfReference, request.Audiences, request.Cohorts ?? [], request.Cadence, request.LeadOfficer),
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetForumQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<ForumOverview>> Update(Guid id, ForumRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new UpdateForumCommand(id, http.RequiredIfMatch(), request.Name, request.Kind, request.TermsOfReference, request.Audiences, request.Cohorts ?? [], request.Cadence, request.LeadOfficer),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetForumQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ForumOverview>> Close(Guid id, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new CloseForumCommand(id, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetForumQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<InvolvementReport>> Quarterly([ReportYear] int year, [Quarter] int quarter, ISender sender, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.Send(new GetInvolvementReportQuery(year, quarter), cancellationToken));
}

/// <summary>What an officer records about a forum.</summary>
/// <param name="Name">The forum's name.</param>
/// <param name="Kind">children-in-care-council-junior | children-in-care-council-senior | youth-parliament | young-inspectors | youth-justice-board | parents-forum | foster-carers-liaison | adopter-voice | send-parent-forum | staff-group | other.</param>
/// <param name="TermsOfReference">Its purpose and remit.</param>
/// <param name="Audiences">Who it speaks for, main audience first (see /api/v1/reference-data/audiences).</param>
/// <param name="Cohorts">The priority cohorts it represents (see /api/v1/reference-data/priority-cohorts).</param>
/// <param name="Cadence">monthly | six-weekly | quarterly | six-monthly.</param>
/// <param name="LeadOfficer">The officer who runs it.</param>
internal sealed record ForumRequest(
    [property: MaxLength(TextLengths.Name)] string Name,
    ForumKind Kind,
    [property: MaxLength(TextLengths.LongStatement)] string TermsOfReference,
    [property: MinLength(1), MaxLength(ForumDetailsValidator.MaxAudiences)] IReadOnlyList<Audience> Audiences,
    [property: MaxLength(ListLengths.Cohorts)] IReadOnlyList<PriorityCohort>? Cohorts,
    Cadence Cadence,
    [property: MaxLength(TextLengths.Name)] string LeadOfficer) : IHasExample<ForumRequest>
{
    public static ForumRequest Example => new(
        "Children in Care Council (senior)",
        ForumKind.ChildrenInCareCouncilSenior,
        "Young people in care aged 13 to 18 meet the deputy director every six weeks to shape services for children in care.",
        [Audience.ChildOrYoungPerson],
        [PriorityCohort.LookedAfterChildren],
        Cadence.SixWeekly,
        "Participation officer, children in care");
}
