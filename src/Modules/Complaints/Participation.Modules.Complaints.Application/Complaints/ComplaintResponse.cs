using System.ComponentModel.DataAnnotations;
using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Application.Persistence;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.BuildingBlocks.Domain.Documentation;
using Participation.Modules.Complaints.Domain.Complaints;

namespace Participation.Modules.Complaints.Application.Complaints;

/// <summary>A complaint as staff see it; <paramref name="Etag"/> is what to send as <c>If-Match</c> to change it, in a list as in the <c>ETag</c> header.</summary>
public sealed record ComplaintResponse(
    Guid Id,
    DateOnly ReceivedOn,
    Channel Channel,
    ComplainantResponse Complainant,
    [property: MaxLength(TextLengths.Code)] string ServiceArea,
    [property: MaxLength(TextLengths.Category)] string Category,
    [property: MaxLength(TextLengths.Statement)] string Summary,
    ComplaintProcedure Procedure,
    DateOnly? GroundsOn,
    [property: MaxLength(TextLengths.Reason)] string? LateAcceptanceReason,
    [property: MaxLength(ListLengths.Points)] IReadOnlyList<PointResponse> Points,
    AdvocacyOffer? Advocacy,
    ComplaintStatus Status,
    Stage1Response Stage1,
    Stage2Response? Stage2,
    Stage3Response? Stage3,
    DateOnly? ClosedOn,
    OmbudsmanResponse? Ombudsman,
    [property: MaxLength(ListLengths.Themes), ItemMaxLength(TextLengths.Code)] IReadOnlyList<string> Themes,
    [property: MaxLength(ListLengths.Lessons)] IReadOnlyList<LessonResponse> Lessons,
    [property: MaxLength(EntityTags.MaxLength)] string Etag);

/// <summary>A lesson learned and its action.</summary>
public sealed record LessonResponse(int Number, [property: MaxLength(TextLengths.Reason)] string Description, [property: MaxLength(TextLengths.Reason)] string Action, [property: MaxLength(TextLengths.Name)] string Owner, DateOnly DueOn, DateOnly? CompletedOn);

/// <summary>The complaint at the Local Government and Social Care Ombudsman.</summary>
public sealed record OmbudsmanResponse(
    DateOnly ReferredOn,
    DateOnly? EnquiryReceivedOn,
    DateOnly? DecidedOn,
    OmbudsmanDecision? Decision,
    [property: MaxLength(TextLengths.Statement)] string? Remedy,
    DateOnly? RemedyDueOn,
    DateOnly? RemedyCompletedOn);

/// <summary>Who complained.</summary>
public sealed record ComplainantResponse(ComplainantKind Kind, [property: MaxLength(TextLengths.Code)] string? ChildCaseReference, bool OnBehalfOfChild, bool? ChildAgrees);

/// <summary>A point of complaint and its finding.</summary>
public sealed record PointResponse(int Number, [property: MaxLength(TextLengths.Reason)] string Description, Finding? Stage1Finding, Finding? Stage2Finding);

/// <summary>Stage 1's clock and answer. Dates are computed by the working-day calendar named in <paramref name="Calendar"/> and stored with their rule.</summary>
public sealed record Stage1Response(
    CalendarRegion Calendar,
    DateOnly StartDate,
    int WorkingDays,
    DateOnly OriginalDueDate,
    int? ExtendedWorkingDays,
    DateOnly? ExtendedDueDate,
    [property: MaxLength(TextLengths.Reason)] string? ExtensionReason,
    DateOnly DueDate,
    DateOnly? RespondedOn,
    bool? WithinTimescale,
    Finding? Outcome,
    [property: MaxLength(TextLengths.Statement)] string? Remedy);

/// <summary>Stage 2: the request, the people appointed, the clock and the adjudication; under the SPSO model also the acknowledgement due within 3 working days.</summary>
public sealed record Stage2Response(
    CalendarRegion Calendar,
    DateOnly RequestedOn,
    [property: MaxLength(TextLengths.Reason)] string? LateRequestReason,
    [property: MaxLength(TextLengths.Name)] string InvestigatingOfficer,
    [property: MaxLength(TextLengths.Name)] string IndependentPerson,
    DateOnly StartDate,
    int WorkingDays,
    DateOnly OriginalDueDate,
    int? ExtendedWorkingDays,
    DateOnly? ExtendedDueDate,
    [property: MaxLength(TextLengths.Reason)] string? ExtensionReason,
    DateOnly DueDate,
    DateOnly? RespondedOn,
    bool? WithinTimescale,
    Finding? Outcome,
    [property: MaxLength(TextLengths.LongStatement)] string? Adjudication,
    DateOnly? AcknowledgementDueDate,
    DateOnly? AcknowledgedOn,
    DateOnly? AcknowledgementOverdueOn);

/// <summary>Stage 3: the review panel and its three clocks, by the working-day calendar named in <paramref name="Calendar"/>.</summary>
public sealed record Stage3Response(
    CalendarRegion Calendar,
    DateOnly RequestedOn,
    [property: MaxLength(3), ItemMaxLength(TextLengths.Name)] IReadOnlyList<string> Members,
    DateOnly PanelDueDate,
    DateOnly? HeldOn,
    DateOnly? ReportDueDate,
    DateOnly? ReportIssuedOn,
    DateOnly? ResponseDueDate,
    DateOnly? RespondedOn,
    bool? WithinTimescale);
