using Participation.BuildingBlocks.Domain;
using Participation.BuildingBlocks.Domain.Calendar;
using Participation.BuildingBlocks.Domain.Vocabulary;
using Participation.Modules.Complaints.Domain.Rules;

namespace Participation.Modules.Complaints.Domain.Complaints;

/// <summary>
/// A complaint under a complaints procedure (docs/domain/complaints.md): who made it, its points, the s.26A advocacy
/// offer, and its stages, each with its own statutory clock. Every transition is a method guarded by rule objects.
/// </summary>
public sealed class Complaint : AggregateRoot<ComplaintId>
{
    private readonly List<ComplaintPoint> _points = [];
    private readonly List<Lesson> _lessons = [];

    private Complaint()
    {
    }

    /// <summary>The day it was received.</summary>
    public DateOnly ReceivedOn { get; private set; }

    /// <summary>How it was received.</summary>
    public Channel Channel { get; private set; }

    /// <summary>Who complained.</summary>
    public Complainant Complainant { get; private set; } = null!;

    /// <summary>The service area it concerns (code).</summary>
    public string ServiceArea { get; private set; } = null!;

    /// <summary>The category of complaint (the council's own list).</summary>
    public string Category { get; private set; } = null!;

    /// <summary>A short summary, free of names.</summary>
    public string Summary { get; private set; } = null!;

    /// <summary>The procedure it is handled under.</summary>
    public ComplaintProcedure Procedure { get; private set; }

    /// <summary>When the grounds arose, if known.</summary>
    public DateOnly? GroundsOn { get; private set; }

    /// <summary>Why a complaint made more than 12 months after its grounds was accepted.</summary>
    public string? LateAcceptanceReason { get; private set; }

    /// <summary>The points of complaint.</summary>
    public IReadOnlyList<ComplaintPoint> Points => _points;

    /// <summary>The advocacy offer, once recorded.</summary>
    public AdvocacyOffer? Advocacy { get; private set; }

    /// <summary>Where it stands.</summary>
    public ComplaintStatus Status { get; private set; }

    /// <summary>Stage 1, local resolution: open from receipt.</summary>
    public ComplaintStage Stage1 { get; private set; } = null!;

    /// <summary>The request for stage 2 and the people appointed to it, once asked for.</summary>
    public Stage2Request? Escalation { get; private set; }

    /// <summary>Stage 2, investigation, once requested.</summary>
    public ComplaintStage? Stage2 { get; private set; }

    /// <summary>The acknowledgement stage 2 owes first, under procedures that set one.</summary>
    public StageAcknowledgement? Stage2Acknowledgement { get; private set; }

    /// <summary>Stage 3's review panel, once requested.</summary>
    public ReviewPanel? Stage3 { get; private set; }

    /// <summary>When it was withdrawn or closed.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The complaint at the Ombudsman, once referred.</summary>
    public OmbudsmanCase? Ombudsman { get; private set; }

    /// <summary>Theme codes from the shared taxonomy (docs/domain/vocabularies-and-themes.md#themes).</summary>
    public IReadOnlyList<string> Themes { get; private set; } = [];

    /// <summary>What was learned and what is being done about it.</summary>
    public IReadOnlyList<Lesson> Lessons => _lessons;

    /// <summary>When the open stage's next step is due, or null when no stage is open.</summary>
    public DateOnly? OpenDueDate => Status switch
    {
        ComplaintStatus.Stage1 => Stage1.DueDate,
        ComplaintStatus.Stage2 => Stage2!.DueDate,
        ComplaintStatus.Stage3 => Stage3!.CurrentDueDate,
        _ => null,
    };

    /// <summary>Records a complaint received; its stage 1 clock starts by the working-day calendar of <paramref name="region"/>.</summary>
    public static Complaint Receive(ComplaintIntake intake, ProcedureTimescales timescales, CalendarRegion region, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(intake);
        ArgumentNullException.ThrowIfNull(timescales);
        CheckRule(new ReceiptNotInFutureRule(intake.ReceivedOn, UkDates.Of(now)));
        CheckRule(new LateComplaintNeedsDecisionRule(intake.GroundsOn, intake.ReceivedOn, intake.LateAcceptanceReason));
        CheckRule(new ChildAgreementRecordedRule(intake.Complainant));

        var complaint = new Complaint
        {
            Id = new ComplaintId(Guid.CreateVersion7()),
            ReceivedOn = intake.ReceivedOn,
            Channel = intake.Channel,
            Complainant = intake.Complainant,
            ServiceArea = intake.ServiceArea,
            Category = intake.Category,
            Summary = intake.Summary,
            Procedure = timescales.Procedure,
            GroundsOn = intake.GroundsOn,
            LateAcceptanceReason = intake.LateAcceptanceReason,
            Status = ComplaintStatus.Stage1,
            Stage1 = new ComplaintStage(WorkingDays.Deadline(intake.ReceivedOn, timescales.Stage1WorkingDays, region)),
        };
        complaint._points.AddRange(intake.Points.Select((point, index) => new ComplaintPoint(index + 1, point)));
        complaint.Raise(new ComplaintReceivedDomainEvent(
            complaint.Id, complaint.ReceivedOn, complaint.Complainant.Kind, complaint.ServiceArea, complaint.Category, complaint.Stage1.DueDate, complaint.Channel, now));
        return complaint;
    }

    /// <summary>Records the offer of an advocate (Children Act 1989 s.26A) and, when known, the answer.</summary>
    public void RecordAdvocacyOffer(AdvocacyOffer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new NothingBeforeReceiptRule("advocacy offer", offer.OfferedOn, ReceivedOn));
        Advocacy = offer;
    }

    /// <summary>
    /// Extends the open stage once: stage 1 to at most 20 working days (regulation 14), stage 2 to at most 65
    /// (regulation 17), counted from the stage's start and decided on or before its original due date.
    /// </summary>
    public void ExtendStage(int workingDays, string reason, DateOnly decidedOn, ProcedureTimescales timescales, CalendarRegion region)
    {
        ArgumentNullException.ThrowIfNull(timescales);
        EnsureOwnProcedure(timescales);
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new StageOpenRule(Status));
        CheckRule(new PanelStepInOrderRule("extension", Status != ComplaintStatus.Stage3));
        var (stage, startedOn, maximum) = Status == ComplaintStatus.Stage1
            ? (Stage1, ReceivedOn, (int?)timescales.Stage1MaximumWorkingDays)
            : (Stage2!, Escalation!.RequestedOn, timescales.Stage2MaximumWorkingDays);
        CheckRule(new OneExtensionRule(stage));
        CheckRule(new ExtensionWithinStatutoryMaximumRule(workingDays, stage.Deadline.WorkingDays, maximum));
        CheckRule(new NothingBeforeReceiptRule("extension", decidedOn, startedOn));
        CheckRule(new ExtensionBeforeDueDateRule(decidedOn, stage.Deadline.DueDate));
        // The start date is already a working day, so counting from it again keeps the same start.
        stage.Extend(WorkingDays.Deadline(stage.Deadline.StartDate, workingDays, region), reason);
    }

    /// <summary>
    /// Answers the open stage with a finding on every point: at stage 1 with the remedy or action offered (a child
    /// must have been offered an advocate first); at stage 2 with the senior manager's adjudication.
    /// </summary>
    public void RespondToStage(DateOnly respondedOn, IReadOnlyDictionary<int, Finding> findings, string? remedyOrAdjudication, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(findings);
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new StageOpenRule(Status));
        CheckRule(new PanelStepInOrderRule("finding on each point", Status != ComplaintStatus.Stage3));
        var atStage1 = Status == ComplaintStatus.Stage1;
        var (number, stage, startedOn) = atStage1 ? (1, Stage1, ReceivedOn) : (2, Stage2!, Escalation!.RequestedOn);
        CheckRule(new NothingBeforeReceiptRule("response", respondedOn, startedOn));
        if (atStage1)
        {
            CheckRule(new AdvocateOfferedToChildRule(Complainant, Advocacy));
        }
        else if (Procedure == ComplaintProcedure.Statutory2006)
        {
            CheckRule(new AdjudicationRecordedRule(remedyOrAdjudication));
        }

        CheckRule(new EveryPointHasAFindingRule(_points, findings));
        foreach (var point in _points)
        {
            point.RecordFinding(number, findings[point.Number]);
        }

        stage.Respond(respondedOn, remedyOrAdjudication, [.. findings.Values]);
        Status = atStage1 ? ComplaintStatus.Stage1Responded : ComplaintStatus.Stage2Responded;
        Raise(new ComplaintStageRespondedDomainEvent(Id, number, respondedOn, stage.WithinTimescale!.Value, stage.Extended is not null, stage.Outcome, Themes, now));
    }

    /// <summary>
    /// Starts stage 2 (investigation) after a stage 1 response: normally asked for within 20 working days of it, later
    /// only with a recorded reason; 25 working days from the request.
    /// </summary>
    public void EscalateToStage2(Stage2Request request, ProcedureTimescales timescales, CalendarRegion region)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timescales);
        EnsureOwnProcedure(timescales);
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new Stage1AnsweredBeforeStage2Rule(Status));
        var stage1RespondedOn = Stage1.RespondedOn!.Value;
        CheckRule(new NothingBeforeReceiptRule("stage 2 request", request.RequestedOn, stage1RespondedOn));
        if (timescales.EscalationWindowWorkingDays is { } window)
        {
            var lastDayInTime = WorkingDays.AddWorkingDays(WorkingDays.StartDate(stage1RespondedOn, region), window, region);
            CheckRule(new LateEscalationNeedsReasonRule(request.RequestedOn, lastDayInTime, request.LateRequestReason));
        }

        Escalation = request;
        Stage2 = new ComplaintStage(WorkingDays.Deadline(request.RequestedOn, timescales.Stage2WorkingDays, region));
        if (timescales.Stage2AcknowledgementWorkingDays is { } acknowledgeWithin)
        {
            Stage2Acknowledgement = new StageAcknowledgement(WorkingDays.Deadline(request.RequestedOn, acknowledgeWithin, region));
        }

        Status = ComplaintStatus.Stage2;
    }

    /// <summary>Records that the investigation was acknowledged to the complainant (the SPSO model: within 3 working days).</summary>
    public void AcknowledgeStage2(DateOnly acknowledgedOn)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new AcknowledgementStepRule(Status, Stage2Acknowledgement));
        CheckRule(new NothingBeforeReceiptRule("acknowledgement", acknowledgedOn, Escalation!.RequestedOn));
        Stage2Acknowledgement!.Acknowledged(acknowledgedOn);
    }

    /// <summary>Starts stage 3 after the stage 2 adjudication: a review panel of three independent people, meeting within 30 working days.</summary>
    public void RequestReviewPanel(DateOnly requestedOn, IReadOnlyList<string> members, ProcedureTimescales timescales, CalendarRegion region)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(timescales);
        EnsureOwnProcedure(timescales);
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new NoReviewPanelInProcedureRule(timescales));
        CheckRule(new Stage2AnsweredBeforeStage3Rule(Status));
        CheckRule(new PanelOfThreeRule(members));
        CheckRule(new IndependentPersonNotOnPanelRule(members, Escalation!.IndependentPerson));
        CheckRule(new NothingBeforeReceiptRule("review panel request", requestedOn, Stage2!.RespondedOn!.Value));
        Stage3 = new ReviewPanel(requestedOn, members, WorkingDays.Deadline(requestedOn, Timescales.PanelWorkingDays, region));
        Status = ComplaintStatus.Stage3;
    }

    /// <summary>Records that the panel met; its report is due within 5 working days.</summary>
    public void RecordPanelHeld(DateOnly heldOn, CalendarRegion region)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new PanelStepInOrderRule("panel meeting", Status == ComplaintStatus.Stage3 && Stage3!.HeldOn is null));
        CheckRule(new NothingBeforeReceiptRule("panel meeting", heldOn, Stage3!.RequestedOn));
        Stage3.Held(heldOn, region);
    }

    /// <summary>Records the panel's report; the authority's response is due within 15 working days.</summary>
    public void RecordPanelReport(DateOnly issuedOn, CalendarRegion region)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new PanelStepInOrderRule("panel report", Status == ComplaintStatus.Stage3 && Stage3!.HeldOn is not null && Stage3.ReportIssuedOn is null));
        CheckRule(new NothingBeforeReceiptRule("panel report", issuedOn, Stage3!.HeldOn!.Value));
        Stage3.Reported(issuedOn, region);
    }

    /// <summary>Records the authority's response to the panel, which must name the Local Government and Social Care Ombudsman.</summary>
    public void RespondToReviewPanel(DateOnly respondedOn, bool namesOmbudsman, DateTimeOffset now)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new PanelStepInOrderRule("response to the panel", Status == ComplaintStatus.Stage3 && Stage3!.ReportIssuedOn is not null));
        CheckRule(new NothingBeforeReceiptRule("response to the panel", respondedOn, Stage3!.ReportIssuedOn!.Value));
        CheckRule(new ResponseNamesOmbudsmanRule(namesOmbudsman));
        Stage3.Responded(respondedOn);
        Status = ComplaintStatus.Stage3Responded;
        Raise(new ComplaintStageRespondedDomainEvent(Id, 3, respondedOn, Stage3.WithinTimescale!.Value, Extended: false, Outcome: null, Themes, now));
    }

    /// <summary>Tags the complaint with themes from the taxonomy, replacing earlier tags; allowed after closure, as learning goes on.</summary>
    public void TagThemes(IReadOnlyList<string> themes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(themes);
        Themes = [.. themes.Distinct(StringComparer.Ordinal)];
        Raise(new ComplaintThemesTaggedDomainEvent(Id, Themes, now));
    }

    /// <summary>Records a lesson learned and its action; allowed after closure, as learning goes on.</summary>
    public Lesson RecordLesson(string description, string action, string owner, DateOnly dueOn)
    {
        CheckRule(new NothingBeforeReceiptRule("action due date", dueOn, ReceivedOn));
        CheckRule(new LessonsWithinLimitRule(_lessons.Count));
        var lesson = new Lesson(_lessons.Count + 1, description, action, owner, dueOn);
        _lessons.Add(lesson);
        return lesson;
    }

    /// <summary>Records that a lesson's action was completed; false when there is no such lesson.</summary>
    public bool CompleteAction(int lessonNumber, DateOnly completedOn)
    {
        var lesson = _lessons.SingleOrDefault(candidate => candidate.Number == lessonNumber);
        if (lesson is null)
        {
            return false;
        }

        CheckRule(new ActionNotCompletedTwiceRule(lesson));
        CheckRule(new NothingBeforeReceiptRule("action completion", completedOn, ReceivedOn));
        lesson.Complete(completedOn);
        return true;
    }

    /// <summary>Records that the complainant withdrew the complaint; its open stage stops.</summary>
    public void Withdraw(DateOnly withdrawnOn)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new NothingBeforeReceiptRule("withdrawal", withdrawnOn, ReceivedOn));
        ClosedOn = withdrawnOn;
        Status = ComplaintStatus.Withdrawn;
    }

    /// <summary>Closes the local procedure after a stage has been answered.</summary>
    public void Close(DateOnly closedOn)
    {
        CheckRule(new ClosedComplaintCannotChangeRule(Status));
        CheckRule(new ResponseBeforeClosureRule(Status));
        CheckRule(new NothingBeforeReceiptRule("closure", closedOn, ReceivedOn));
        ClosedOn = closedOn;
        Status = ComplaintStatus.Closed;
    }

    /// <summary>Records that the complainant went to the Local Government and Social Care Ombudsman after a response.</summary>
    public void ReferToOmbudsman(DateOnly referredOn)
    {
        var answered = Stage1.RespondedOn is not null && !Status.HasStageOpen() && Status != ComplaintStatus.Withdrawn;
        CheckRule(new OmbudsmanStepInOrderRule("referral", answered && Ombudsman is null));
        CheckRule(new NothingBeforeReceiptRule("Ombudsman referral", referredOn, ReceivedOn));
        Ombudsman = new OmbudsmanCase(referredOn);
    }

    /// <summary>Records the Ombudsman's enquiry reaching the council.</summary>
    public void RecordOmbudsmanEnquiry(DateOnly receivedOn)
    {
        CheckRule(new OmbudsmanStepInOrderRule("enquiry", Ombudsman is { EnquiryReceivedOn: null, DecidedOn: null }));
        CheckRule(new NothingBeforeReceiptRule("Ombudsman enquiry", receivedOn, Ombudsman!.ReferredOn));
        Ombudsman.EnquiryReceived(receivedOn);
    }

    /// <summary>Records the Ombudsman's decision and any remedy asked for.</summary>
    public void RecordOmbudsmanDecision(DateOnly decidedOn, OmbudsmanDecision decision, string? remedy, DateOnly? remedyDueOn)
    {
        CheckRule(new OmbudsmanStepInOrderRule("decision", Ombudsman is { DecidedOn: null }));
        CheckRule(new NothingBeforeReceiptRule("Ombudsman decision", decidedOn, Ombudsman!.ReferredOn));
        Ombudsman.Decided(decidedOn, decision, remedy, remedyDueOn);
    }

    /// <summary>Records that the council completed the Ombudsman's remedy.</summary>
    public void RecordOmbudsmanRemedyCompleted(DateOnly completedOn)
    {
        CheckRule(new OmbudsmanStepInOrderRule("remedy completion", Ombudsman is { Remedy: not null, RemedyCompletedOn: null }));
        CheckRule(new NothingBeforeReceiptRule("remedy completion", completedOn, Ombudsman!.DecidedOn!.Value));
        Ombudsman.RemedyCompleted(completedOn);
    }

    /// <summary>Marks the open stage, and an investigation's acknowledgement, overdue the first time each is found past its due date; false when there is nothing new to mark.</summary>
    public bool MarkOverdue(DateOnly today, DateTimeOffset now)
    {
        var (number, marked) = Status switch
        {
            ComplaintStatus.Stage1 => (1, Stage1.MarkOverdue(today)),
            ComplaintStatus.Stage2 => (2, Stage2!.MarkOverdue(today)),
            ComplaintStatus.Stage3 => (3, Stage3!.MarkOverdue(today)),
            _ => (0, false),
        };
        if (marked)
        {
            Raise(new ComplaintStageOverdueDomainEvent(Id, number, OpenDueDate!.Value, now));
        }

        // The acknowledgement has its own clock and its own mark; it is not the stage's answer, so no stage event.
        var acknowledgementMarked = Status == ComplaintStatus.Stage2 && Stage2Acknowledgement?.MarkOverdue(today) == true;
        return marked || acknowledgementMarked;
    }

    /// <summary>Whether the open stage's due date has passed by <paramref name="today"/>.</summary>
    public bool IsOverdue(DateOnly today) => OpenDueDate is { } due && due < today;

    private void EnsureOwnProcedure(ProcedureTimescales timescales)
    {
        if (timescales.Procedure != Procedure)
        {
            throw new ArgumentException($"The complaint runs under {Procedure}, not {timescales.Procedure}.", nameof(timescales));
        }
    }
}

/// <summary>A request for stage 2 and the people appointed to it.</summary>
/// <param name="RequestedOn">When the complainant asked for stage 2.</param>
/// <param name="LateRequestReason">Why a late request is accepted.</param>
/// <param name="InvestigatingOfficer">The investigating officer.</param>
/// <param name="IndependentPerson">The independent person.</param>
public sealed record Stage2Request(DateOnly RequestedOn, string? LateRequestReason, string InvestigatingOfficer, string IndependentPerson);

/// <summary>What is recorded when a complaint is received.</summary>
public sealed record ComplaintIntake(
    DateOnly ReceivedOn,
    Channel Channel,
    Complainant Complainant,
    string ServiceArea,
    string Category,
    string Summary,
    IReadOnlyList<string> Points,
    DateOnly? GroundsOn,
    string? LateAcceptanceReason);

/// <summary>A complaint was received; carries what is published about it.</summary>
public sealed record ComplaintReceivedDomainEvent(
    ComplaintId ComplaintId,
    DateOnly ReceivedOn,
    ComplainantKind ComplainantKind,
    string ServiceArea,
    string Category,
    DateOnly Stage1DueDate,
    Channel Channel,
    DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>The complaint's themes were replaced.</summary>
public sealed record ComplaintThemesTaggedDomainEvent(ComplaintId ComplaintId, IReadOnlyList<string> Themes, DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>A stage (1, 2 or 3) was answered; carries what is published about the answer.</summary>
public sealed record ComplaintStageRespondedDomainEvent(
    ComplaintId ComplaintId,
    int Stage,
    DateOnly RespondedOn,
    bool WithinTimescale,
    bool Extended,
    Finding? Outcome,
    IReadOnlyList<string> Themes,
    DateTimeOffset OccurredOn) : IDomainEvent;

/// <summary>A stage passed its due date unanswered.</summary>
public sealed record ComplaintStageOverdueDomainEvent(ComplaintId ComplaintId, int Stage, DateOnly DueDate, DateTimeOffset OccurredOn) : IDomainEvent;
