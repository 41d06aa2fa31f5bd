using FluentValidation;
using FluentValidation.Results;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.BuildingBlocks.Infrastructure.Persistence;
using Participation.Modules.Complaints.Application.Complaints;
using Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;
using Participation.Modules.Complaints.Application.Complaints.ExtendStage;
using Participation.Modules.Complaints.Application.Complaints.GetComplaint;
using Participation.Modules.Complaints.Application.Complaints.ListComplaints;
using Participation.Modules.Complaints.Application.Complaints.LogComplaint;
using Participation.Modules.Complaints.Application.Complaints.RecordPanelMeeting;
using Participation.Modules.Complaints.Application.Complaints.RecordPanelReport;
using Participation.Modules.Complaints.Application.Complaints.RequestReviewPanel;
using Participation.Modules.Complaints.Application.Complaints.RespondToReviewPanel;
using Participation.Modules.Complaints.Application.Complaints.RecordAdvocacyOffer;
using Participation.Modules.Complaints.Application.Complaints.RespondToStage;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Infrastructure.Endpoints;

internal static class ComplaintEndpoints
{
    public const string Policy = "complaints";
    private const string Path = "/api/v1/complaints";

    public static void MapComplaints(this IEndpointRouteBuilder endpoints)
    {
        var complaints = endpoints.MapGroup(Path)
            .WithTags("Complaints")
            .RequireAuthorization(Policy)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        complaints.MapPost("/", Log)
            .WithName("LogComplaint")
            .WithSummary("Records a complaint received; stage 1 is due 10 working days after the start date (ComplaintsOfficer, Manager)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapGet("/", List)
            .WithName("ListComplaints")
            .WithSummary("Work queue: status (stage1 | stage1-responded | stage2 | stage2-responded | stage3 | stage3-responded), serviceArea, overdue=true or dueWithinWorkingDays=N");
        complaints.MapGet("/{id:guid}", Get)
            .WithName("GetComplaint")
            .WithSummary("One complaint with its clocks, with its ETag")
            .AuditReads();
        complaints.MapPost("/{id:guid}/advocacy-offers", OfferAdvocacy)
            .WithName("RecordAdvocacyOffer")
            .WithSummary("Records the offer of an advocate (Children Act 1989 s.26A) and the answer")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/escalations", Escalate)
            .WithName("EscalateToStage2")
            .WithSummary("Starts stage 2 after the stage 1 response: 25 working days; a request later than 20 working days after stage 1 needs a reason")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/review-panels", RequestPanel)
            .WithName("RequestReviewPanel")
            .WithSummary("Starts stage 3 after the stage 2 adjudication: three independent members; the panel meets within 30 working days")
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/panel-meetings", PanelMet)
            .WithName("RecordPanelMeeting")
            .WithSummary("Records that the panel met; its report is due within 5 working days")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/panel-reports", PanelReported)
            .WithName("RecordPanelReport")
            .WithSummary("Records the panel's report; the authority's response is due within 15 working days")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/panel-responses", PanelAnswered)
            .WithName("RespondToReviewPanel")
            .WithSummary("Records the authority's response to the panel, which must name the Local Government and Social Care Ombudsman")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/extensions", Extend)
            .WithName("ExtendStage")
            .WithSummary("Extends the open stage once (stage 1 to at most 20, stage 2 to at most 65 working days), on or before its original due date")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/responses", Respond)
            .WithName("RespondToStage")
            .WithSummary("Answers the open stage with a finding on each point: stage 1 with the remedy (a child must have been offered an advocate), stage 2 with the adjudication")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Created<ComplaintResponse>> Log(LogComplaintRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new LogComplaintCommand(
                request.ReceivedOn, request.Channel, request.ComplainantKind, request.ChildCaseReference, request.OnBehalfOfChild, request.ChildAgrees,
                request.ServiceArea, request.Category, request.Summary, request.Points ?? [], request.Procedure ?? ComplaintProcedure.Statutory2006,
                request.GroundsOn, request.LateAcceptanceReason),
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetComplaintQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<Page<ComplaintResponse>>> List(
        ISender sender,
        CancellationToken cancellationToken,
        string? status = null,
        string? serviceArea = null,
        bool overdue = false,
        int? dueWithinWorkingDays = null,
        int pageSize = Paging.DefaultPageSize,
        string? cursor = null)
    {
        ComplaintStatus? parsed = null;
        if (status is not null)
        {
            parsed = Enum.GetValues<ComplaintStatus>().Cast<ComplaintStatus?>().FirstOrDefault(value => KebabCodes<ComplaintStatus>.ToCode(value!.Value) == status)
                ?? throw new ValidationException([new ValidationFailure(nameof(status), "status must be one of stage1, stage1-responded, stage2, stage2-responded, stage3, stage3-responded.")]);
        }

        return TypedResults.Ok(await sender.Send(new ListComplaintsQuery(parsed, serviceArea, overdue, dueWithinWorkingDays, pageSize, cursor), cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), response, cancellationToken));

    private static async Task<Ok<ComplaintResponse>> OfferAdvocacy(Guid id, AdvocacyOfferRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordAdvocacyOfferCommand(id, request.OfferedOn, request.Answer, request.Organisation, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> Escalate(Guid id, EscalationRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(
            new EscalateToStage2Command(id, request.RequestedOn, request.LateRequestReason, request.InvestigatingOfficer, request.IndependentPerson, http.OptionalIfMatch()),
            cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> RequestPanel(Guid id, ReviewPanelRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RequestReviewPanelCommand(id, request.RequestedOn, request.Members ?? [], http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> PanelMet(Guid id, PanelMeetingRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordPanelMeetingCommand(id, request.HeldOn, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> PanelReported(Guid id, PanelReportRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RecordPanelReportCommand(id, request.IssuedOn, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> PanelAnswered(Guid id, PanelResponseRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RespondToReviewPanelCommand(id, request.RespondedOn, request.NamesOmbudsman, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> Extend(Guid id, ExtensionRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new ExtendStageCommand(id, request.WorkingDays, request.Reason, request.DecidedOn, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Ok<ComplaintResponse>> Respond(Guid id, StageResponseRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new RespondToStageCommand(id, request.RespondedOn, request.Findings ?? [], request.Remedy, http.OptionalIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }
}

/// <summary>A complaint as received. Children are named only by their pseudonymous case reference.</summary>
internal sealed record LogComplaintRequest(
    DateOnly ReceivedOn,
    Channel Channel,
    ComplainantKind ComplainantKind,
    string? ChildCaseReference,
    bool OnBehalfOfChild,
    bool? ChildAgrees,
    string ServiceArea,
    string Category,
    string Summary,
    IReadOnlyList<string>? Points,
    ComplaintProcedure? Procedure,
    DateOnly? GroundsOn,
    string? LateAcceptanceReason);

/// <summary>The offer of an advocate and, when known, the answer.</summary>
internal sealed record AdvocacyOfferRequest(DateOnly OfferedOn, AdvocacyAnswer? Answer, string? Organisation);

/// <summary>A request for stage 2 and the people appointed to investigate.</summary>
internal sealed record EscalationRequest(DateOnly RequestedOn, string? LateRequestReason, string InvestigatingOfficer, string IndependentPerson);

/// <summary>A request for a review panel and its three independent members.</summary>
internal sealed record ReviewPanelRequest(DateOnly RequestedOn, IReadOnlyList<string>? Members);

/// <summary>When the panel met.</summary>
internal sealed record PanelMeetingRequest(DateOnly HeldOn);

/// <summary>When the panel's report was issued.</summary>
internal sealed record PanelReportRequest(DateOnly IssuedOn);

/// <summary>The authority's response to the panel; it must name the Local Government and Social Care Ombudsman.</summary>
internal sealed record PanelResponseRequest(DateOnly RespondedOn, bool NamesOmbudsman);

/// <summary>An extension of the open stage to this many working days in all.</summary>
internal sealed record ExtensionRequest(int WorkingDays, string Reason, DateOnly DecidedOn);

/// <summary>The open stage's response: findings, and the remedy (stage 1) or the adjudication (stage 2).</summary>
internal sealed record StageResponseRequest(DateOnly RespondedOn, IReadOnlyList<PointFinding>? Findings, string? Remedy);
