using MaxLengthAttribute = System.ComponentModel.DataAnnotations.MaxLengthAttribute;
using RangeAttribute = System.ComponentModel.DataAnnotations.RangeAttribute;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.BuildingBlocks.Domain;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Participation.BuildingBlocks.Application.Paging;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Infrastructure.Audit;
using Participation.BuildingBlocks.Infrastructure.Http;
using Participation.Modules.Complaints.Application.Complaints;
using Participation.Modules.Complaints.Application.Complaints.EscalateToStage2;
using Participation.Modules.Complaints.Application.Complaints.ExtendStage;
using Participation.Modules.Complaints.Application.Complaints.GetComplaint;
using Participation.Modules.Complaints.Application.Complaints.ListComplaints;
using Participation.Modules.Complaints.Application.Complaints.LogComplaint;
using Participation.Modules.Complaints.Application.Complaints.CloseComplaint;
using Participation.Modules.Complaints.Application.Complaints.CompleteAction;
using Participation.Modules.Complaints.Application.Complaints.RecordLesson;
using Participation.Modules.Complaints.Application.Complaints.TagComplaintThemes;
using Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanDecision;
using Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanEnquiry;
using Participation.Modules.Complaints.Application.Complaints.RecordOmbudsmanRemedyCompleted;
using Participation.Modules.Complaints.Application.Complaints.RecordPanelMeeting;
using Participation.Modules.Complaints.Application.Complaints.ReferToOmbudsman;
using Participation.Modules.Complaints.Application.Complaints.WithdrawComplaint;
using Participation.Modules.Complaints.Application.Complaints.AcknowledgeStage2;
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
            .AuditsRecord("id")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        complaints.MapPost("/", Log)
            .WithName("LogComplaint")
            .ReturnsETag()
            .WithSummary("Records a complaint received; stage 1 is due 10 working days after the start date (ComplaintsOfficer, Manager)")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapGet("/", List)
            .WithName("ListComplaints")
            .AuditReads()
            .WithSummary("Work queue: status (stage1 | stage1-responded | stage2 | stage2-responded | stage3 | stage3-responded), serviceArea, overdue=true or dueWithinWorkingDays=N, receivedFrom and receivedTo");
        complaints.MapGet("/{id:guid}", Get)
            .WithName("GetComplaint")
            .ReturnsETag()
            .WithSummary("One complaint with its clocks, with its ETag")
            .AuditReads();
        Step<AdvocacyOfferRequest>(complaints, "advocacy-offers", "RecordAdvocacyOffer", "Records the offer of an advocate (Children Act 1989 s.26A) and the answer",
            (id, request, version) => new RecordAdvocacyOfferCommand(id, request.OfferedOn, request.Answer, request.Organisation, version));
        Step<EscalationRequest>(complaints, "escalations", "EscalateToStage2", "Starts stage 2 after the stage 1 response: 25 working days; a request later than 20 working days after stage 1 needs a reason",
            (id, request, version) => new EscalateToStage2Command(id, request.RequestedOn, request.LateRequestReason, request.InvestigatingOfficer, request.IndependentPerson, version));
        Step<ReviewPanelRequest>(complaints, "review-panels", "RequestReviewPanel", "Starts stage 3 after the stage 2 adjudication: three independent members; the panel meets within 30 working days",
            (id, request, version) => new RequestReviewPanelCommand(id, request.RequestedOn, request.Members, version));
        Step<PanelMeetingRequest>(complaints, "panel-meetings", "RecordPanelMeeting", "Records that the panel met; its report is due within 5 working days",
            (id, request, version) => new RecordPanelMeetingCommand(id, request.HeldOn, version));
        Step<AcknowledgementRequest>(complaints, "acknowledgements", "AcknowledgeStage2", "Records that the investigation was acknowledged to the complainant (SPSO model: within 3 working days of the request)",
            (id, request, version) => new AcknowledgeStage2Command(id, request.AcknowledgedOn, version));
        Step<PanelReportRequest>(complaints, "panel-reports", "RecordPanelReport", "Records the panel's report; the authority's response is due within 15 working days",
            (id, request, version) => new RecordPanelReportCommand(id, request.IssuedOn, version));
        Step<PanelResponseRequest>(complaints, "panel-responses", "RespondToReviewPanel", "Records the authority's response to the panel, which must name the Local Government and Social Care Ombudsman",
            (id, request, version) => new RespondToReviewPanelCommand(id, request.RespondedOn, request.NamesOmbudsman, version));
        Step<WithdrawalRequest>(complaints, "withdrawals", "WithdrawComplaint", "Records that the complainant withdrew the complaint",
            (id, request, version) => new WithdrawComplaintCommand(id, request.WithdrawnOn, version));
        Step<ClosureRequest>(complaints, "closures", "CloseComplaint", "Closes the local procedure once a stage has been answered",
            (id, request, version) => new CloseComplaintCommand(id, request.ClosedOn, version));
        Step<OmbudsmanReferralRequest>(complaints, "ombudsman-referrals", "ReferToOmbudsman", "Records that the complainant went to the Local Government and Social Care Ombudsman after a response",
            (id, request, version) => new ReferToOmbudsmanCommand(id, request.ReferredOn, version));
        Step<OmbudsmanEnquiryRequest>(complaints, "ombudsman-enquiries", "RecordOmbudsmanEnquiry", "Records the Ombudsman's enquiry reaching the council",
            (id, request, version) => new RecordOmbudsmanEnquiryCommand(id, request.ReceivedOn, version));
        Step<OmbudsmanDecisionRequest>(complaints, "ombudsman-decisions", "RecordOmbudsmanDecision", "Records the Ombudsman's decision (no-fault | fault | fault-causing-injustice) and any remedy",
            (id, request, version) => new RecordOmbudsmanDecisionCommand(id, request.DecidedOn, request.Decision, request.Remedy, request.RemedyDueOn, version));
        Step<OmbudsmanRemedyCompletionRequest>(complaints, "ombudsman-remedy-completions", "RecordOmbudsmanRemedyCompleted", "Records that the council completed the Ombudsman's remedy",
            (id, request, version) => new RecordOmbudsmanRemedyCompletedCommand(id, request.CompletedOn, version));
        Step<ThemesRequest>(complaints, "themes", "TagComplaintThemes", "Tags the complaint with themes from the shared taxonomy, replacing earlier tags",
            (id, request, version) => new TagComplaintThemesCommand(id, request.Themes ?? [], version));
        Step<LessonRequest>(complaints, "lessons", "RecordLesson", "Records a lesson learned and its action (owner, due date)",
            (id, request, version) => new RecordLessonCommand(id, request.Description, request.Action, request.Owner, request.DueOn, version));
        complaints.MapPost("/{id:guid}/lessons/{lessonNumber:int}/completions", CompleteAction)
            .WithName("CompleteAction")
            .WithSummary("Records that a lesson's action was completed")
            .RequiresIfMatch()
            .ReturnsETag()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        Step<ExtensionRequest>(complaints, "extensions", "ExtendStage", "Extends the open stage once (stage 1 to at most 20, stage 2 to at most 65 working days), on or before its original due date",
            (id, request, version) => new ExtendStageCommand(id, request.WorkingDays, request.Reason, request.DecidedOn, version));
        Step<StageResponseRequest>(complaints, "responses", "RespondToStage", "Answers the open stage with a finding on each point: stage 1 with the remedy (a child must have been offered an advocate), stage 2 with the adjudication",
            (id, request, version) => new RespondToStageCommand(id, request.RespondedOn, request.Findings, request.Remedy, version));
    }

    /// <summary>A step of the procedure: a sub-resource named for it, answered with the complaint and its new ETag.</summary>
    private static void Step<TRequest>(RouteGroupBuilder complaints, string resource, string name, string summary, Func<Guid, TRequest, uint?, ICommand> command)
        where TRequest : notnull =>
        complaints.MapPost($"/{{id:guid}}/{resource}", async Task<Ok<ComplaintResponse>> (Guid id, TRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken) =>
            {
                await sender.Send(command(id, request, http.RequiredIfMatch()), cancellationToken);
                return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
            })
            .WithName(name)
            .WithSummary(summary)
            .RequiresIfMatch()
            .ReturnsETag()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<ComplaintResponse>> CompleteAction(Guid id, int lessonNumber, ActionCompletionRequest request, ISender sender, HttpRequest http, CancellationToken cancellationToken)
    {
        await sender.Send(new CompleteActionCommand(id, lessonNumber, request.CompletedOn, http.RequiredIfMatch()), cancellationToken);
        return TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), http.HttpContext.Response, cancellationToken));
    }

    private static async Task<Created<ComplaintResponse>> Log(LogComplaintRequest request, ISender sender, HttpResponse response, CancellationToken cancellationToken)
    {
        var id = await sender.Send(
            new LogComplaintCommand(
                request.ReceivedOn, request.Channel, request.ComplainantKind, request.ChildCaseReference, request.OnBehalfOfChild, request.ChildAgrees,
                request.ServiceArea, request.Category, request.Summary, request.Points, request.Procedure,
                request.GroundsOn, request.LateAcceptanceReason),
            cancellationToken);
        return TypedResults.Created($"{Path}/{id}", await sender.SendVersioned(new GetComplaintQuery(id), response, cancellationToken));
    }

    private static async Task<Ok<Page<ComplaintResponse>>> List(
        ISender sender,
        CancellationToken cancellationToken,
        [MaxLength(TextLengths.EnumCode)] string? status = null,
        [MaxLength(TextLengths.Code)] string? serviceArea = null,
        bool overdue = false,
        [Range(0, Timescales.Stage2MaximumWorkingDays)] int? dueWithinWorkingDays = null,
        DateOnly? receivedFrom = null,
        DateOnly? receivedTo = null,
        [PageSize] int pageSize = Paging.DefaultPageSize,
        [MaxLength(Paging.CursorMaxLength)] string? cursor = null) =>
        TypedResults.Ok(await sender.Send(
            new ListComplaintsQuery(QueryCodes.Parse<ComplaintStatus>(status, nameof(status)), serviceArea, overdue, dueWithinWorkingDays, receivedFrom, receivedTo, pageSize, cursor),
            cancellationToken));

    private static async Task<Ok<ComplaintResponse>> Get(Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sender.SendVersioned(new GetComplaintQuery(id), response, cancellationToken));
}

/// <summary>A complaint as received. Children are named only by their pseudonymous case reference.</summary>
internal sealed record LogComplaintRequest(
    DateOnly ReceivedOn,
    Channel Channel,
    ComplainantKind ComplainantKind,
    [property: MaxLength(TextLengths.Code)] string? ChildCaseReference,
    bool OnBehalfOfChild,
    bool? ChildAgrees,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Category)] string Category,
    [property: MaxLength(TextLengths.Statement)] string Summary,
    [property: MaxLength(ListLengths.Points), ItemMaxLength(TextLengths.Reason)] IReadOnlyList<string> Points,
    ComplaintProcedure? Procedure,
    DateOnly? GroundsOn,
    [property: MaxLength(TextLengths.Reason)] string? LateAcceptanceReason) : IHasExample<LogComplaintRequest>
{
    public static LogComplaintRequest Example => new(
        new DateOnly(2026, 11, 30), Channel.Telephone, ComplainantKind.ChildOrYoungPerson, "C-1042", OnBehalfOfChild: false, ChildAgrees: null,
        "children-in-care", "Placement", "Moved to a new placement without being asked",
        ["I was not asked before I was moved", "Nobody told my school"], Procedure: null, GroundsOn: null, LateAcceptanceReason: null);
}

/// <summary>The offer of an advocate and, when known, the answer.</summary>
internal sealed record AdvocacyOfferRequest(DateOnly OfferedOn, AdvocacyAnswer? Answer, [property: MaxLength(TextLengths.Name)] string? Organisation) : IHasExample<AdvocacyOfferRequest>
{
    public static AdvocacyOfferRequest Example => new(new DateOnly(2026, 12, 1), AdvocacyAnswer.Accepted, "Coram Voice");
}

/// <summary>A request for stage 2 and the people appointed to investigate.</summary>
internal sealed record EscalationRequest(DateOnly RequestedOn, [property: MaxLength(TextLengths.Reason)] string? LateRequestReason, [property: MaxLength(TextLengths.Name)] string InvestigatingOfficer, [property: MaxLength(TextLengths.Name)] string IndependentPerson) : IHasExample<EscalationRequest>
{
    public static EscalationRequest Example => new(new DateOnly(2026, 12, 15), LateRequestReason: null, "A. Investigator", "B. Independent");
}

/// <summary>Theme codes from the shared taxonomy.</summary>
internal sealed record ThemesRequest([property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string>? Themes) : IHasExample<ThemesRequest>
{
    public static ThemesRequest Example => new(["being-listened-to"]);
}

/// <summary>A lesson learned and the action that follows.</summary>
internal sealed record LessonRequest([property: MaxLength(TextLengths.Reason)] string Description, [property: MaxLength(TextLengths.Reason)] string Action, [property: MaxLength(TextLengths.Name)] string Owner, DateOnly DueOn) : IHasExample<LessonRequest>
{
    public static LessonRequest Example => new("Children were moved without being asked first", "Add the child's view to the placement move checklist", "Head of children in care", new DateOnly(2027, 3, 31));
}

/// <summary>When the action was completed.</summary>
internal sealed record ActionCompletionRequest(DateOnly CompletedOn) : IHasExample<ActionCompletionRequest>
{
    public static ActionCompletionRequest Example => new(new DateOnly(2027, 3, 20));
}

/// <summary>When the complainant withdrew.</summary>
internal sealed record WithdrawalRequest(DateOnly WithdrawnOn) : IHasExample<WithdrawalRequest>
{
    public static WithdrawalRequest Example => new(new DateOnly(2026, 12, 5));
}

/// <summary>When the local procedure closed.</summary>
internal sealed record ClosureRequest(DateOnly ClosedOn) : IHasExample<ClosureRequest>
{
    public static ClosureRequest Example => new(new DateOnly(2027, 3, 22));
}

/// <summary>When the complainant went to the Ombudsman.</summary>
internal sealed record OmbudsmanReferralRequest(DateOnly ReferredOn) : IHasExample<OmbudsmanReferralRequest>
{
    public static OmbudsmanReferralRequest Example => new(new DateOnly(2027, 5, 3));
}

/// <summary>When the Ombudsman's enquiry arrived.</summary>
internal sealed record OmbudsmanEnquiryRequest(DateOnly ReceivedOn) : IHasExample<OmbudsmanEnquiryRequest>
{
    public static OmbudsmanEnquiryRequest Example => new(new DateOnly(2027, 5, 17));
}

/// <summary>The Ombudsman's decision and any remedy.</summary>
internal sealed record OmbudsmanDecisionRequest(DateOnly DecidedOn, OmbudsmanDecision Decision, [property: MaxLength(TextLengths.Statement)] string? Remedy, DateOnly? RemedyDueOn) : IHasExample<OmbudsmanDecisionRequest>
{
    public static OmbudsmanDecisionRequest Example => new(new DateOnly(2027, 8, 2), OmbudsmanDecision.FaultCausingInjustice, "A written apology and £250 for time and trouble", new DateOnly(2027, 9, 1));
}

/// <summary>When the remedy was completed.</summary>
internal sealed record OmbudsmanRemedyCompletionRequest(DateOnly CompletedOn) : IHasExample<OmbudsmanRemedyCompletionRequest>
{
    public static OmbudsmanRemedyCompletionRequest Example => new(new DateOnly(2027, 8, 20));
}

/// <summary>A request for a review panel and its three independent members.</summary>
internal sealed record ReviewPanelRequest(DateOnly RequestedOn, [property: MaxLength(3), ItemMaxLength(TextLengths.Name)] IReadOnlyList<string> Members) : IHasExample<ReviewPanelRequest>
{
    public static ReviewPanelRequest Example => new(new DateOnly(2027, 2, 1), ["C. Chair", "D. Member", "E. Member"]);
}

/// <summary>When the panel met.</summary>
internal sealed record PanelMeetingRequest(DateOnly HeldOn) : IHasExample<PanelMeetingRequest>
{
    public static PanelMeetingRequest Example => new(new DateOnly(2027, 2, 24));
}

/// <summary>When the panel's report was issued.</summary>
internal sealed record PanelReportRequest(DateOnly IssuedOn) : IHasExample<PanelReportRequest>
{
    public static PanelReportRequest Example => new(new DateOnly(2027, 3, 1));
}

/// <summary>When the investigation was acknowledged to the complainant.</summary>
internal sealed record AcknowledgementRequest(DateOnly AcknowledgedOn) : IHasExample<AcknowledgementRequest>
{
    public static AcknowledgementRequest Example => new(new DateOnly(2026, 12, 16));
}

/// <summary>The authority's response to the panel; it must name the Local Government and Social Care Ombudsman.</summary>
internal sealed record PanelResponseRequest(DateOnly RespondedOn, bool NamesOmbudsman) : IHasExample<PanelResponseRequest>
{
    public static PanelResponseRequest Example => new(new DateOnly(2027, 3, 15), NamesOmbudsman: true);
}

/// <summary>An extension of the open stage to this many working days in all.</summary>
internal sealed record ExtensionRequest([property: Range(1, Participation.BuildingBlocks.Domain.Calendar.WorkingDays.MostInAYear)] int WorkingDays, [property: MaxLength(TextLengths.Reason)] string Reason, DateOnly DecidedOn) : IHasExample<ExtensionRequest>
{
    public static ExtensionRequest Example => new(Timescales.Stage2MaximumWorkingDays, "The independent person needs to interview three foster carers", new DateOnly(2027, 1, 8));
}

/// <summary>The open stage's response: findings, and the remedy (stage 1) or the adjudication (stage 2).</summary>
internal sealed record StageResponseRequest(DateOnly RespondedOn, [property: MaxLength(ListLengths.Points)] IReadOnlyList<PointFinding> Findings, [property: MaxLength(TextLengths.Statement)] string? Remedy)
    : IHasExample<StageResponseRequest>
{
    public static StageResponseRequest Example => new(
        new DateOnly(2026, 12, 10), [new PointFinding(1, Finding.Upheld), new PointFinding(2, Finding.PartlyUpheld)], "An apology, and the placement move checklist now asks the child first");
}
